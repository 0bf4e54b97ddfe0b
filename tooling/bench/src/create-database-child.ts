// Creates and migrates a database in its own process, then exits: the sync child then opens a database that
// already exists, so its peak RSS is the sync's own. Creating an embedded database runs PGlite's initdb, which
// alone peaks at about 800 MiB (measured) and would otherwise stand in the sync's figure, a one-time setup cost.
import { openDatabase } from "@antdash/db";

const [dataDir, databaseUrl] = process.argv.slice(2);
const db = await openDatabase({ dataDir, databaseUrl: databaseUrl || undefined });
await db.close();
process.stdout.write(`${JSON.stringify({ created: true })}\n`);
