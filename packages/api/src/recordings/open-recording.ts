import { AntringError } from "@antdash/antring-core";
import type { ApiContext } from "../context";
import { recordAudit } from "../audit/audit";
import { requireRole } from "../auth/require-role";
import { InvalidInputError, NotFoundError, UpstreamUnavailableError } from "../errors";

export class RecordingNotFoundError extends NotFoundError {
  constructor() {
    super("This call has no recording.", "recordingNotFound");
  }
}

/** AntRing did not hand out or serve the recording. The message never holds the signed URL. */
export class RecordingUnavailableError extends UpstreamUnavailableError {
  constructor() {
    super("The recording could not be fetched from AntRing. Try again in a moment.", "recordingUnavailable");
  }
}

/** The Range lies beyond the end of the file (HTTP 416, with `Content-Range: bytes * / size`). */
export class RecordingRangeNotSatisfiableError extends InvalidInputError {
  override readonly kind = "RANGE_NOT_SATISFIABLE";
  constructor(readonly size: number | null) {
    super("The requested byte range lies outside the recording.");
  }
}

export interface RecordingResponse {
  status: 200 | 206;
  /** Only these headers: nothing from upstream that could carry its address. */
  headers: {
    "Content-Type": string;
    "Content-Length"?: string;
    "Content-Range"?: string;
    "Accept-Ranges": "bytes";
    "Cache-Control": string;
  };
  body: ReadableStream<Uint8Array>;
}

/** One byte range ("bytes=10-", "bytes=10-20", "bytes=-500"): the only kind forwarded. */
const SINGLE_RANGE = /^bytes=(\d+-\d*|-\d+)$/;

/** The Range to forward upstream; a multi-range or malformed header is ignored (the whole file is sent). */
function forwardableRange(range: string | null | undefined): string | undefined {
  const trimmed = range?.trim();
  return trimmed && SINGLE_RANGE.test(trimmed) ? trimmed : undefined;
}

/**
 * Streams a call's recording for the browser (supervisor+). Asks AntRing for a fresh signed URL, fetches it with the
 * caller's Range, and passes the bytes through: seeking works, and the signed URL stays inside this function (never
 * in the result, an error or a log). A play is audited once: on the request for the start of the file, not on every
 * Range chunk the player asks for while seeking.
 */
export async function openRecording(
  ctx: Pick<ApiContext, "db" | "antring" | "user">,
  callId: string,
  range?: string | null,
  options: { signal?: AbortSignal } = {},
): Promise<RecordingResponse> {
  const user = requireRole(ctx.user, "supervisor");
  // PostgreSQL text cannot hold NUL (it would be a 500); no call id has one, or is longer than a key we make.
  if (callId.includes("\u0000") || callId.length > 512) throw new InvalidInputError("callId: not a call id.");
  const { rows } = await ctx.db.pool.query<{ recording: string | null }>(
    `SELECT recording FROM calls WHERE id = $1`,
    [callId],
  );
  const media = rows[0]?.recording;
  if (!media) throw new RecordingNotFoundError();

  const forwarded = forwardableRange(range);
  const upstream = await fetchRecording(ctx.antring, media, forwarded, options.signal);
  if (upstream.status === 416) {
    await upstream.body?.cancel();
    const total = /\/(\d+)$/.exec(upstream.headers.get("content-range") ?? "")?.[1];
    throw new RecordingRangeNotSatisfiableError(total === undefined ? null : Number(total));
  }
  if (upstream.status === 404) {
    await upstream.body?.cancel();
    throw new RecordingNotFoundError();
  }
  if ((upstream.status !== 200 && upstream.status !== 206) || !upstream.body) {
    await upstream.body?.cancel();
    throw new RecordingUnavailableError();
  }

  if (forwarded === undefined || forwarded.startsWith("bytes=0-")) {
    try {
      await recordAudit(ctx.db, { user, action: "recording.play", detail: { callId } });
    } catch (error) {
      await upstream.body.cancel();
      throw error;
    }
  }
  const headers: RecordingResponse["headers"] = {
    "Content-Type": upstream.headers.get("content-type") ?? "audio/mpeg",
    "Accept-Ranges": "bytes",
    // Per-user content: no shared caches; the browser may keep it while the page is open.
    "Cache-Control": "private, max-age=300",
  };
  const length = upstream.headers.get("content-length");
  if (length !== null && /^\d+$/.test(length)) headers["Content-Length"] = length;
  const contentRange = upstream.headers.get("content-range");
  if (upstream.status === 206 && contentRange !== null) headers["Content-Range"] = contentRange;
  return { status: upstream.status === 206 ? 206 : 200, headers, body: upstream.body };
}

async function fetchRecording(
  antring: ApiContext["antring"],
  media: string,
  range: string | undefined,
  signal: AbortSignal | undefined,
): Promise<Response> {
  let url: string;
  try {
    url = await antring.getRecordingUrl(media, signal);
  } catch (error) {
    if (error instanceof AntringError && (error.status === 404 || error.code === "MEDIA_NOT_FOUND")) {
      throw new RecordingNotFoundError();
    }
    signal?.throwIfAborted();
    throw new RecordingUnavailableError();
  }
  try {
    return await fetch(url, { headers: range ? { Range: range } : {}, signal, redirect: "follow" });
  } catch {
    // fetch's own errors may quote the URL: report ours, with no cause attached.
    signal?.throwIfAborted();
    throw new RecordingUnavailableError();
  }
}
