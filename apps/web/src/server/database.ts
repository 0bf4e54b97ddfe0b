import { type Database, openDatabase } from "@antdash/db";
import { isBuildPhase, serverEnv } from "../env";
import { processSingletonAsync } from "./process-singleton";

export class DatabaseDuringBuildError extends Error {
  override readonly name = "DatabaseDuringBuildError";
  constructor() {
    super("the database is not opened while `next build` runs");
  }
}

/**
 * The process's Database. In embedded mode this Next server owns the PGlite directory under DATA_DIR and serves it
 * on 127.0.0.1 so the CLI can attach while the app runs.
 */
export function getDatabase(): Promise<Database> {
  if (isBuildPhase()) return Promise.reject(new DatabaseDuringBuildError());
  return processSingletonAsync("database", () => {
    const env = serverEnv();
    return openDatabase({
      ...(env.databaseUrl === undefined ? { dataDir: env.dataDir } : { databaseUrl: env.databaseUrl }),
      timeZone: env.timeZone,
    });
  });
}
