import type { SyncProgress } from "@antdash/sync";
import { ConflictError, PreconditionFailedError } from "../errors";

/** What this process's sync runner is doing right now. */
export interface SyncControllerStatus {
  /** Progress of the run in progress, or null when idle. */
  running: SyncProgress | null;
  /** Whether the incremental (catch-up) loop is on. */
  incremental: boolean;
  /** The last background sync error (a readable message; never a secret), or null. */
  lastError: string | null;
}

/**
 * Implemented by the web app around @antdash/sync (it owns the AntRing client and the runner); the API only asks it
 * for its state, starts backfills and listens to progress.
 */
export interface SyncController {
  status(): SyncControllerStatus;
  /** Starts a backfill of [from, to] in the background and returns once it is under way. Throws SyncBusyError when
   *  a run is in progress. */
  startBackfill(range: { from: Date; to: Date }): Promise<{ runId?: string } | void>;
  /** Calls `listener` with each progress report (and null when a run ends) until the returned function is called. */
  subscribe(listener: (progress: SyncProgress | null) => void): () => void;
}

export class SyncBusyError extends ConflictError {
  constructor() {
    super("A sync is already running: wait for it to finish.", "syncBusy");
  }
}

export class SyncControllerMissingError extends PreconditionFailedError {
  constructor() {
    super("Sync control is not available in this server process.", "syncUnavailable");
  }
}

export function requireSyncController(controller: SyncController | undefined): SyncController {
  if (!controller) throw new SyncControllerMissingError();
  return controller;
}
