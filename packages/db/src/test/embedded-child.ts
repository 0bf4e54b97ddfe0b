// A second process for the embedded-mode tests. Usage: embedded-child.ts <dataDir> <write|hold>
//   write: opens DATA_DIR, inserts one call, reports {url, calls, ownerPid}, closes and exits.
//   hold:  opens DATA_DIR, inserts one call, reports, then stays up until killed.
import { readFile } from "node:fs/promises";
import { callKey, countCalls, insertCalls, openDatabase, toCallRow } from "../index";
import { inboundCall } from "@antdash/antring-core/testing";

const [dataDir, action] = process.argv.slice(2);
if (dataDir === undefined || (action !== "write" && action !== "hold"))
  throw new Error("usage: <dataDir> <write|hold>");

const db = await openDatabase({ dataDir });
const record = inboundCall({ recording: `call_recording_child_${process.pid}.mp3` });
await insertCalls(db, [toCallRow(record, callKey(record, 0), db.timeZone)]);
const owner = JSON.parse(await readFile(`${dataDir}/embedded-server.json`, "utf8")) as { pid: number };
console.log(
  JSON.stringify({ url: db.url, calls: await countCalls(db), ownerPid: owner.pid, pid: process.pid }),
);
if (action === "write") await db.close();
else setInterval(() => undefined, 60_000);
