// A second process that owns an embedded DATA_DIR, as the web app does while the CLI or a sync attaches to it.
// Usage: embedded-owner.ts <dataDir>. Prints {"url": ...} once it serves, then stays up until killed.
import { openDatabase } from "@antdash/db";

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error("usage: embedded-owner.ts <dataDir>");
const db = await openDatabase({ dataDir });
console.log(JSON.stringify({ url: db.url, pid: process.pid }));
setInterval(() => undefined, 60_000);
