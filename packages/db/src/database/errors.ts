/** DATA_DIR's PGlite directory is held by a live process that does not answer on its port in time. */
export class EmbeddedDatabaseBusyError extends Error {
  override readonly name = "EmbeddedDatabaseBusyError";
  constructor(
    readonly ownerFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database is held by process ${ownerPid}, which does not answer. ` +
        `Stop that process, or if it is not an antdash process, delete ${ownerFile}.`,
    );
  }
}

/** The configured time zone is not an IANA zone this runtime knows. */
export class InvalidTimeZoneError extends Error {
  override readonly name = "InvalidTimeZoneError";
  constructor(readonly timeZone: string) {
    super(`Unknown time zone "${timeZone}" (expected an IANA name such as Asia/Ho_Chi_Minh).`);
  }
}

/** `prisma migrate deploy` failed; `output` is the CLI's own output (it never contains the database password). */
export class MigrationFailedError extends Error {
  override readonly name = "MigrationFailedError";
  constructor(
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(`prisma migrate deploy failed (exit code ${String(exitCode)}):\n${output}`);
  }
}
