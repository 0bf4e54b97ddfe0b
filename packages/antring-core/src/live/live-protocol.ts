import { InvalidArgumentError } from "../errors";

/**
 * The wire protocols a live call-signal server may speak, in the order `auto` tries them. AntRing's server is
 * Kazoo's blackhole behind a Socket.IO front of an undocumented version:
 * - `sio4`: Socket.IO 3/4 (engine.io 4);
 * - `sio2`: Socket.IO 1/2 (engine.io 3);
 * - `sio09`: Socket.IO 0.9 (`/socket.io/1/` handshake), what Kazoo's Socket.IO-era blackhole spoke;
 * - `kazoo-ws`: later Kazoo's plain WebSocket JSON (`{"action":"subscribe",…}`).
 */
export const LIVE_PROTOCOLS = ["sio4", "sio2", "sio09", "kazoo-ws"] as const;
export type LiveProtocol = (typeof LIVE_PROTOCOLS)[number];
/** A configured choice: one protocol, or `auto` (try each in LIVE_PROTOCOLS order, keep the first that works). */
export type LiveProtocolSetting = LiveProtocol | "auto";

export function isLiveProtocol(value: unknown): value is LiveProtocol {
  return typeof value === "string" && (LIVE_PROTOCOLS as readonly string[]).includes(value);
}

/** Reads ANTRING_LIVE_PROTOCOL-style text; empty or missing means `auto`. */
export function parseLiveProtocolSetting(text: string | undefined): LiveProtocolSetting {
  const value = text?.trim().toLowerCase() ?? "";
  if (value === "" || value === "auto") return "auto";
  if (isLiveProtocol(value)) return value;
  throw new InvalidArgumentError(
    `live protocol must be auto or one of ${LIVE_PROTOCOLS.join(", ")} (got "${text}")`,
  );
}

/** The protocols to try for a setting, in order. */
export function candidateProtocols(setting: LiveProtocolSetting): readonly LiveProtocol[] {
  return setting === "auto" ? LIVE_PROTOCOLS : [setting];
}
