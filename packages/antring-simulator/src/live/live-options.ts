import { InvalidSimulatorOptionError } from "../errors";
import { TOKEN_EXPIRE_FORMATS, type TokenExpireFormat } from "./live-tokens";

/** The wire protocols the simulator's live socket can speak (one at a time), as named by `--live-protocol`. */
export const LIVE_PROTOCOLS = ["sio4", "sio2", "sio09", "kazoo-ws"] as const;
export type LiveProtocol = (typeof LIVE_PROTOCOLS)[number];

/** How the startup line names each protocol (and where a client finds it). */
export const LIVE_PROTOCOL_NAMES: Readonly<Record<LiveProtocol, string>> = {
  sio4: "Socket.IO 4 (path /socket.io)",
  sio2: "Socket.IO 2 (path /socket.io)",
  sio09: "Socket.IO 0.9 (handshake /socket.io/1/)",
  "kazoo-ws": "Kazoo WebSocket JSON (any path)",
};

/**
 * How a refused token is answered, each one of Kazoo's ways: an `error` event (then a disconnect), an
 * `auth_failure` event with a message (the connection stays), or a silent drop of the connection.
 */
export const LIVE_REFUSALS = ["error", "auth_failure", "drop"] as const;
export type LiveRefusal = (typeof LIVE_REFUSALS)[number];

/** A programming error in the options, like the simulator's other option checks. */
export function requireLiveProtocol(protocol: string): LiveProtocol {
  if (!(LIVE_PROTOCOLS as readonly string[]).includes(protocol)) {
    throw new InvalidSimulatorOptionError("liveProtocol", `must be one of ${LIVE_PROTOCOLS.join(", ")}`);
  }
  return protocol as LiveProtocol;
}

export function requireLiveRefusal(refusal: string): LiveRefusal {
  if (!(LIVE_REFUSALS as readonly string[]).includes(refusal)) {
    throw new InvalidSimulatorOptionError("liveRefusal", `must be one of ${LIVE_REFUSALS.join(", ")}`);
  }
  return refusal as LiveRefusal;
}

export function requireTokenExpireFormat(format: string): TokenExpireFormat {
  if (!(TOKEN_EXPIRE_FORMATS as readonly string[]).includes(format)) {
    throw new InvalidSimulatorOptionError(
      "tokenExpireFormat",
      `must be one of ${TOKEN_EXPIRE_FORMATS.join(", ")}`,
    );
  }
  return format as TokenExpireFormat;
}
