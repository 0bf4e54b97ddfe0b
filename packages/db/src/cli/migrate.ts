// `pnpm db:migrate`: applies pending migrations to the configured database (DATABASE_URL, else the embedded one
// under DATA_DIR). Against an embedded directory already served by a running app, it attaches to that app.
import { databaseConfigFromEnv } from "../database/config";
import { openDatabase } from "../database/open-database";

const config = databaseConfigFromEnv();
const db = await openDatabase({ ...config, migrate: true });
try {
  console.log(`Database (${db.mode}) is up to date.`);
} finally {
  await db.close();
}
