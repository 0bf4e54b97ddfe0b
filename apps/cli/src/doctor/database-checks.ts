import {
  type Database,
  type DatabaseConfig,
  listSyncRuns,
  openDatabase,
  pendingMigrations,
} from "@antdash/db";
import { type CheckResult, fail, pass, reasonOf } from "./doctor-check";

/** A sync runner passes every 30 s by default; a last pass older than this means none is running. */
export const SYNC_STALE_MS = 15 * 60_000;

/**
 * Is the database reachable and migrated? Opened without migrating (doctor only looks). The connection URL is never
 * printed: it can hold a password.
 */
export async function checkDatabase(config: DatabaseConfig): Promise<{ result: CheckResult; db?: Database }> {
  const where =
    config.databaseUrl !== undefined
      ? "PostgreSQL (DATABASE_URL)"
      : `embedded database under ${config.dataDir ?? "./.data"}`;
  let db: Database;
  try {
    db = await openDatabase({ ...config, migrate: false });
  } catch (error) {
    const fix =
      config.databaseUrl !== undefined
        ? "check DATABASE_URL (host, port, user, password, database) and that PostgreSQL runs"
        : "check that DATA_DIR is a writable directory";
    return {
      result: fail("database", `${where} unreachable: ${redact(reasonOf(error), config.databaseUrl)}`, fix),
    };
  }
  try {
    const pending = await pendingMigrations(db.pool);
    if (pending.length > 0) {
      const detail = `${where} reachable, ${pending.length} migrations not applied (newest: ${pending.at(-1)})`;
      return {
        result: fail(
          "database",
          detail,
          "run `pnpm db:migrate` (the dashboard also migrates when it starts)",
        ),
        db,
      };
    }
    return { result: pass("database", `${where} reachable and migrated`), db };
  } catch (error) {
    return {
      result: fail(
        "database",
        `${where}: ${redact(reasonOf(error), config.databaseUrl)}`,
        "run `pnpm db:migrate`",
      ),
      db,
    };
  }
}

/** The sync runner's last pass: when, and how it went. */
export async function checkLastSync(db: Database, now: number): Promise<CheckResult> {
  const [last] = await listSyncRuns(db, { limit: 1 });
  const runner = "start the dashboard (its sync runner, SYNC_RUNNER=on) or `pnpm cli sync --follow`";
  if (last === undefined) return fail("sync", "no sync has run against this database", runner);
  const started = `${last.kind} pass started ${ago(now - last.startedAt.getTime())}`;
  if (last.status === "running")
    return pass("sync", `${started}, still running (${last.callsSeen} calls so far)`);
  if (last.status !== "succeeded") {
    return fail(
      "sync",
      `last ${started} ${last.status}: ${last.error ?? "no reason recorded"}`,
      `fix the reason, then ${runner}`,
    );
  }
  const finished = last.finishedAt?.getTime() ?? last.startedAt.getTime();
  const counts =
    `${last.callsSeen} calls read, ${last.callsInserted} new, ${last.callsCorrected} corrected, ` +
    `${last.quarantined} quarantined`;
  const detail = `last ${last.kind} pass succeeded ${ago(now - finished)}: ${counts}`;
  if (now - finished > SYNC_STALE_MS) return fail("sync", `${detail}; no pass since`, runner);
  return pass("sync", detail);
}

function ago(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 120) return `${seconds} s ago`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h ago`;
  return `${Math.round(seconds / 86_400)} days ago`;
}

function redact(text: string, url: string | undefined): string {
  if (url === undefined) return text;
  let out = text.split(url).join("<DATABASE_URL>");
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password) out = out.split(password).join("<password>");
  } catch {
    // not a URL: nothing more to cut
  }
  return out;
}
