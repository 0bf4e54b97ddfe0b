"use client";

import { useEffect, useRef, useState } from "react";
import { intlLocale, type Locale } from "~/i18n/locale";
import { fillTemplate } from "~/filters/fill-template";
import type { Messages } from "~/i18n/messages";
import { Button } from "~/components/button";
import styles from "./export-buttons.module.css";
import {
  downloadExport,
  type DownloadProgress,
  type ExportFormat,
  ExportFailedError,
  formatBytes,
} from "./export-download";

type ExportState =
  | { kind: "idle" }
  | { kind: "running"; format: ExportFormat; progress: DownloadProgress }
  | { kind: "done"; fileName: string }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

/** Progress redraws at most this often: a large CSV arrives in thousands of chunks. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * CSV and XLSX of exactly the rows a table shows (`urlFor` gives the export route's URL for a format: the calls,
 * the call-back cases). The file is fetched here rather than by a plain link so the
 * supervisor sees progress (rows for CSV, against the table's total; bytes for the zipped XLSX) and can cancel;
 * once complete it is saved through an object URL.
 */
export function ExportButtons({
  urlFor,
  total,
  locale,
  messages: m,
}: {
  urlFor: (format: ExportFormat) => string;
  total: number | undefined;
  locale: Locale;
  messages: Pick<Messages["calls"], "export">;
}) {
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const abortRef = useRef<AbortController | null>(null);
  useEffect(() => () => abortRef.current?.abort(), []);
  const numbers = new Intl.NumberFormat(intlLocale(locale));

  const start = async (format: ExportFormat) => {
    const abort = new AbortController();
    abortRef.current = abort;
    let drawnAt = 0;
    setState({ kind: "running", format, progress: { bytes: 0, rows: format === "csv" ? 0 : null } });
    try {
      const file = await downloadExport(urlFor(format), format, {
        signal: abort.signal,
        onProgress: (progress) => {
          const now = performance.now();
          if (now - drawnAt < PROGRESS_INTERVAL_MS) return;
          drawnAt = now;
          setState({ kind: "running", format, progress });
        },
      });
      saveFile(file.blob, file.fileName);
      setState({ kind: "done", fileName: file.fileName });
    } catch (error) {
      if (abort.signal.aborted) setState({ kind: "cancelled" });
      else if (error instanceof ExportFailedError && error.status === 403)
        setState({ kind: "failed", message: m.export.forbidden });
      else if (error instanceof ExportFailedError && error.status === 429)
        setState({ kind: "failed", message: m.export.tooMany });
      else {
        const reason =
          error instanceof ExportFailedError ? error.message : String((error as Error)?.message ?? error);
        setState({ kind: "failed", message: fillTemplate(m.export.failed, { reason }) });
      }
    } finally {
      if (abortRef.current === abort) abortRef.current = null;
    }
  };

  const running = state.kind === "running" ? state : null;
  return (
    <div className={styles.exports} role="group" aria-label={m.export.label}>
      {(["csv", "xlsx"] as const).map((format) => (
        <Button
          key={format}
          onClick={() => void start(format)}
          disabled={running !== null}
          data-testid={`export-${format}`}
        >
          {m.export[format]}
        </Button>
      ))}
      {running && (
        <>
          <progress
            className={styles.bar}
            aria-label={m.export.label}
            {...(running.progress.rows !== null && total
              ? { max: total, value: Math.min(running.progress.rows, total) }
              : {})}
          />
          <Button onClick={() => abortRef.current?.abort()} data-testid="export-cancel">
            {m.export.cancel}
          </Button>
        </>
      )}
      <p className={styles.status} role="status" data-testid="export-status" data-state={state.kind}>
        {running
          ? running.progress.bytes === 0
            ? m.export.preparing
            : running.progress.rows !== null && total !== undefined
              ? fillTemplate(m.export.progressRows, {
                  rows: numbers.format(running.progress.rows),
                  total: numbers.format(total),
                })
              : fillTemplate(m.export.progressBytes, {
                  size: formatBytes(running.progress.bytes, intlLocale(locale)),
                })
          : state.kind === "done"
            ? fillTemplate(m.export.done, { file: state.fileName })
            : state.kind === "cancelled"
              ? m.export.cancelled
              : state.kind === "failed"
                ? state.message
                : ""}
      </p>
    </div>
  );
}

function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started its own copy by now; give it a moment before the memory goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
