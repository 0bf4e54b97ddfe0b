/** What a sync reports while it runs: enough for a progress bar, a log line or the UI. */
export interface SyncProgress {
  runId: string;
  kind: "backfill" | "incremental";
  windowsTotal: number;
  windowsDone: number;
  /** Windows skipped because an earlier run already finished them. */
  windowsSkipped: number;
  pagesFetched: number;
  callsSeen: number;
  callsWritten: number;
  quarantined: number;
  /** Cached calls replaced by a later, changed listing of the same call. */
  callsCorrected: number;
  /** Cached calls a complete read of their window no longer listed. */
  callsRemoved: number;
  /** Corrected calls per changed field. */
  correctedFields: Record<string, number>;
  /** Calls seen per second since the run started. */
  callsPerSecond: number;
  /** Seconds left, estimated from the share of windows done; null until one window is done. */
  etaSeconds: number | null;
  elapsedMs: number;
}

export type ProgressListener = (progress: SyncProgress) => void;

/** Accumulates counters and turns them into progress snapshots. */
export class ProgressTracker {
  private readonly startedAt = Date.now();
  readonly counters = {
    windowsDone: 0,
    windowsSkipped: 0,
    pagesFetched: 0,
    callsSeen: 0,
    callsWritten: 0,
    quarantined: 0,
    callsCorrected: 0,
    callsRemoved: 0,
    correctedFields: {} as Record<string, number>,
  };

  constructor(
    private readonly runId: string,
    private readonly kind: SyncProgress["kind"],
    private readonly windowsTotal: number,
    private readonly listener: ProgressListener | undefined,
  ) {}

  snapshot(): SyncProgress {
    const elapsedMs = Date.now() - this.startedAt;
    const c = this.counters;
    const fetchedWindows = c.windowsDone - c.windowsSkipped;
    const remaining = this.windowsTotal - c.windowsDone;
    return {
      runId: this.runId,
      kind: this.kind,
      windowsTotal: this.windowsTotal,
      ...c,
      correctedFields: { ...c.correctedFields },
      callsPerSecond: elapsedMs > 0 ? Math.round((c.callsSeen * 1000) / elapsedMs) : 0,
      etaSeconds:
        remaining === 0
          ? 0
          : fetchedWindows > 0
            ? Math.round(((elapsedMs / fetchedWindows) * remaining) / 1000)
            : null,
      elapsedMs,
    };
  }

  emit(): void {
    this.listener?.(this.snapshot());
  }
}
