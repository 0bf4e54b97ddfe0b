// `pnpm db:migrate`: applies pending migrations to the configured database (DATABASE_URL, else the embedded one
// under DATA_DIR). Against an embedded directory already served by a running app, it attaches to that app.
import { databaseConfigFromEnv } from "../database/config";
import { openDatabase } from "../database/open-database";
import { ensureMigrated } from "../migrate/migrate-database";

const db = await openDatabase({ ...databaseConfigFromEnv(), migrate: false });
try {
  const applied = await ensureMigrated(db.pool, db.url);
  console.log(`Database (${db.mode}): ${applied ? "pending migrations applied" : "already up to date"}.`);
} finally {
  await db.close();
}
