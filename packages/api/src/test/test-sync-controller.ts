import type { AntringClient } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import { type SyncProgress, syncRange } from "@antdash/sync";
import { SyncBusyError, type SyncController } from "../sync/sync-controller";

/** A SyncController the way the web app builds one: backfills run syncRange in the background. */
export class TestSyncController implements SyncController {
  private running: SyncProgress | null = null;
  private lastError: string | null = null;
  private readonly listeners = new Set<(progress: SyncProgress | null) => void>();
  /** The backfill in progress, for tests to await. */
  current: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly client: AntringClient,
    private readonly now: () => Date,
  ) {}

  status() {
    return { running: this.running, incremental: false, lastError: this.lastError };
  }

  startBackfill(range: { from: Date; to: Date }) {
    if (this.current) return Promise.reject(new SyncBusyError());
    this.current = syncRange({
      db: this.db,
      client: this.client,
      from: range.from,
      to: range.to,
      kind: "backfill",
      now: this.now,
      onProgress: (progress) => this.publish(progress),
    })
      .then(
        () => undefined,
        (error: unknown) => {
          this.lastError = (error as Error).message;
        },
      )
      .finally(() => {
        this.current = null;
        this.publish(null);
      });
    return Promise.resolve({});
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  subscribe(listener: (progress: SyncProgress | null) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private publish(progress: SyncProgress | null) {
    this.running = progress;
    for (const listener of this.listeners) listener(progress);
  }
}
