import type { CallFilterInput } from "@antdash/api";
import { callFilterToQuery } from "@antdash/api/call-filter-query";

export type ExportFormat = "csv" | "xlsx";

/** The export route's URL for exactly the calls the table shows (the same resolved instants, not a quick pick). */
export function exportUrl(format: ExportFormat, filter: CallFilterInput): string {
  const query = callFilterToQuery(filter);
  return `/api/export/calls?format=${format}&${query.toString()}`;
}

export interface DownloadProgress {
  bytes: number;
  /** Data rows so far (CSV only: lines after the header); null when the format can't tell (XLSX is zipped). */
  rows: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
  rows: number | null;
}

/** The export route refused (its JSON message, or the status when it sent none). */
export class ExportFailedError extends Error {
  override readonly name = "ExportFailedError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const NEWLINE = 0x0a;

/**
 * Downloads an export while reporting progress, and hands back the whole file to save. The route streams without a
 * length, so progress counts what has arrived: bytes, and for CSV the rows (the route writes one line per call after
 * the header and no newline after the last, so the newlines seen equal the rows complete so far; a newline inside
 * a quoted field would overcount, which only makes the bar run slightly ahead). Abort `signal` to cancel: the
 * request is dropped and the server stops the export.
 */
export async function downloadExport(
  url: string,
  format: ExportFormat,
  options: {
    signal?: AbortSignal;
    onProgress?: (progress: DownloadProgress) => void;
    fetch?: typeof fetch;
  } = {},
): Promise<DownloadedFile> {
  const response = await (options.fetch ?? fetch)(url, {
    signal: options.signal,
    credentials: "same-origin",
  });
  if (!response.ok || !response.body)
    throw new ExportFailedError(response.status, await refusalMessage(response));
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let newlines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    if (format === "csv") for (const byte of value) if (byte === NEWLINE) newlines++;
    options.onProgress?.({ bytes, rows: format === "csv" ? newlines : null });
  }
  const rows = format === "csv" ? (bytes > 0 ? newlines : 0) : null;
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  return {
    blob: new Blob(chunks, { type }),
    fileName: fileNameOf(response.headers.get("content-disposition")) ?? `calls.${format}`,
    rows,
  };
}

/** The file name of `attachment; filename="calls-20261101-20261107.csv"`. */
export function fileNameOf(contentDisposition: string | null): string | null {
  const match =
    /filename="([^"]+)"/.exec(contentDisposition ?? "") ??
    /filename=([^;\s]+)/.exec(contentDisposition ?? "");
  return match?.[1] ?? null;
}

async function refusalMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === "string") return body.message;
  } catch {
    // not JSON: fall back to the status
  }
  return `HTTP ${response.status}`;
}

/** Human-sized byte counts for the progress line. */
export function formatBytes(bytes: number, numberLocale: string): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(numberLocale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
