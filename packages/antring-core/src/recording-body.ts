import { AntringProtocolError } from "./errors";

/**
 * play_recording's answer shape is undocumented beyond `{ media }`: accept `{media}`, `{data:{media}}`,
 * `{success, data:{media}}`, a bare URL string (JSON-encoded or plain text) and `{data:"<url>"}`.
 */
export function parseRecordingBody(body: unknown, request: string): string {
  const media = findMediaUrl(body);
  // The message names the missing part only: the body may hold a signed URL.
  if (media === undefined)
    throw new AntringProtocolError("play_recording body has no media URL", { request });
  return media;
}

function findMediaUrl(body: unknown): string | undefined {
  if (typeof body === "string") {
    const text = body.trim();
    return /^https?:\/\//i.test(text) && URL.canParse(text) ? text : undefined;
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const { media, data } = body as { media?: unknown; data?: unknown };
  if (media !== undefined) return findMediaUrl(media);
  if (data !== undefined) return findMediaUrl(data);
  return undefined;
}
