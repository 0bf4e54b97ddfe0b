/** The sync stopped before covering its range; finished windows stay done, so a re-run resumes. */
export class SyncFailedError extends Error {
  override readonly name = "SyncFailedError";
  constructor(
    message: string,
    readonly runId: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
