import type { ExportResponse } from "@antdash/api";
import { ExportLimiter, tooManyExports } from "./export-limiter";
import { logServerError } from "./json-error";

/** One per process for every export route, so a user's cap counts calls and call-back exports together. */
const exportLimiter = new ExportLimiter();

/**
 * Sends a streamed export once the limiter admits the user: `open` audits and starts it. The admission is released
 * when the last byte is written or the download fails or is cancelled; a failure after the headers went out
 * truncates the download, and the log says why.
 */
export async function serveExport(
  request: Request,
  userId: string,
  what: string,
  open: () => Promise<ExportResponse>,
): Promise<Response> {
  const admission = exportLimiter.admit(userId);
  if (!admission.admitted) return tooManyExports(admission.retryAfterSeconds);
  let download;
  try {
    download = await open();
  } catch (error) {
    admission.release();
    throw error;
  }
  download.done
    .catch((error: unknown) => {
      if (!request.signal.aborted) logServerError(`export of ${what}`, error);
    })
    .finally(() => admission.release());
  return new Response(download.body, { headers: download.headers });
}
