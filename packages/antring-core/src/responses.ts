import { AntringProtocolError } from "./errors";

/** Token for the live call-signal websocket. */
export interface AuthToken {
  value: string;
  expire: Date;
}

function field(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

/** The expiry format is undocumented: accept date text, unix seconds or unix milliseconds. */
function parseExpire(raw: unknown): Date | undefined {
  let ms: number | undefined;
  if (typeof raw === "string" && /^\d+$/.test(raw)) raw = Number(raw);
  if (typeof raw === "number") ms = raw < 1e11 ? raw * 1000 : raw;
  else if (typeof raw === "string") ms = Date.parse(raw);
  return ms !== undefined && Number.isFinite(ms) ? new Date(ms) : undefined;
}

// The messages below name the missing part only: the bodies hold a token or a signed URL.

export function parseAuthTokenBody(body: unknown, request: string): AuthToken {
  const value = field(body, "value");
  if (typeof value !== "string" || value.length === 0) {
    throw new AntringProtocolError("auth_token body has no token value", { request });
  }
  const expire = parseExpire(field(body, "expire"));
  if (!expire) throw new AntringProtocolError("auth_token body has no readable expire time", { request });
  return { value, expire };
}

export function parseRecordingBody(body: unknown, request: string): string {
  const media = field(body, "media");
  if (typeof media !== "string" || !URL.canParse(media)) {
    throw new AntringProtocolError("play_recording body has no media URL", { request });
  }
  return media;
}
