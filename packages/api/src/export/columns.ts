import type { ExportedCall } from "./call-rows";

/** Export columns, in order: a header and how to read the cell from a call. */
export function exportColumns(formatLocal: (d: Date) => string, timeZone: string) {
  return [
    { header: `time (${timeZone})`, cell: (c: ExportedCall) => formatLocal(c.started_at) },
    { header: "time_utc", cell: (c: ExportedCall) => c.started_at.toISOString() },
    { header: "direction", cell: (c: ExportedCall) => c.direction },
    { header: "status_detail", cell: (c: ExportedCall) => c.status_detail },
    { header: "class", cell: (c: ExportedCall) => c.class },
    { header: "caller", cell: (c: ExportedCall) => c.caller_number },
    { header: "caller_username", cell: (c: ExportedCall) => c.caller_username ?? "" },
    { header: "callee", cell: (c: ExportedCall) => c.callee_number },
    { header: "callee_username", cell: (c: ExportedCall) => c.callee_username ?? "" },
    { header: "did_number", cell: (c: ExportedCall) => c.did_number ?? "" },
    { header: "duration_seconds", cell: (c: ExportedCall) => c.duration_seconds },
    { header: "billing_seconds", cell: (c: ExportedCall) => c.billing_seconds },
    { header: "wait_seconds", cell: (c: ExportedCall) => c.wait_seconds },
    { header: "recording", cell: (c: ExportedCall) => c.recording ?? "" },
  ] as const;
}
