import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callKey } from "../calls/call-key";
import { toCallRow } from "../calls/call-row";
import { countCalls } from "../calls/read-calls";
import { insertCalls } from "../calls/insert-calls";
import { inboundCall } from "@antdash/antring-core/testing";
import { exited, firstJsonLine, spawnTsx } from "../test/spawn-tsx";
import { testDatabaseConfig } from "../testing/test-databases";
import { openDatabase, type Database } from "./open-database";

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "../test/embedded-child.ts");

interface ChildReport {
  url: string;
  calls: number;
  ownerPid: number;
  pid: number;
}

describe("embedded mode", () => {
  let dataDir: string;
  const open: Database[] = [];
  let remove: () => Promise<void>;
  beforeEach(async () => {
    const fresh = await testDatabaseConfig("embedded", { migrated: true });
    if (!("dataDir" in fresh.config)) throw new Error("expected an embedded config");
    dataDir = fresh.config.dataDir;
    remove = fresh.remove;
  });
  afterEach(async () => {
    for (const db of open.splice(0)) await db.close();
    await remove();
  });
  async function openHere(): Promise<Database> {
    const db = await openDatabase({ dataDir });
    open.push(db);
    return db;
  }

  it("keeps data across close and reopen, and removes its owner file on close", async () => {
    const first = await openHere();
    await insertOne(first, "a");
    expect(existsSync(path.join(dataDir, "embedded-server.json"))).toBe(true);
    await first.close();
    expect(existsSync(path.join(dataDir, "embedded-server.json"))).toBe(false);

    const again = await openHere();
    expect(await countCalls(again)).toBe(1);
  });

  it("lets a second process attach to the live owner and read and write through it", async () => {
    const owner = await openHere();
    await insertOne(owner, "owner");
    const child = spawnTsx(CHILD, [dataDir, "write"]);
    const report = await firstJsonLine<ChildReport>(child);
    expect(await exited(child)).toBe(0);

    expect(report.ownerPid).toBe(process.pid); // it did not take the directory over...
    expect(report.url).toBe(owner.url); // ...it used our server
    expect(report.calls).toBe(2); // saw our row and its own
    expect(await countCalls(owner)).toBe(2); // and we see its row
  });

  it("takes over the directory after its owner is killed, keeping the owner's data", async () => {
    const child = spawnTsx(CHILD, [dataDir, "hold"]);
    const report = await firstJsonLine<ChildReport>(child);
    expect(report.ownerPid).toBe(report.pid);
    process.kill(report.pid, "SIGKILL"); // the owner itself (tsx runs the script in a child process of its own)
    await exited(child);

    const db = await openHere();
    const ownerFile = JSON.parse(await readFile(path.join(dataDir, "embedded-server.json"), "utf8")) as {
      pid: number;
    };
    expect(ownerFile.pid).toBe(process.pid);
    expect(db.url).not.toBe(report.url);
    expect(await countCalls(db)).toBe(1);
  });

  it("keeps concurrent queries from many connections apart (they share one PGlite session)", async () => {
    const db = await openHere();
    const other = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      const answers = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const pool = i % 2 === 0 ? db.pool : other;
          // Different statements with different parameter types: a mixed-up Parse/Bind would show.
          if (i % 3 === 0)
            return (await pool.query<{ v: number }>("SELECT $1::int + 1 AS v", [i])).rows[0]!.v === i + 1;
          return (
            (await pool.query<{ v: string }>("SELECT $1::text || $2::text AS v", [String(i), "x"])).rows[0]!
              .v === `${i}x`
          );
        }),
      );
      expect(answers.every(Boolean)).toBe(true);
    } finally {
      await other.end();
    }
  });

  it("keeps large extended-protocol queries of two connections apart (messages split across TCP reads)", async () => {
    // A 3 MB parameter arrives in several socket reads; another connection's Parse must not slip in between
    // our Parse and Bind (pglite-socket is patched for this: it stays with a connection until its Sync).
    const db = await openHere();
    const a = new pg.Pool({ connectionString: db.url, max: 2 });
    const b = new pg.Pool({ connectionString: db.url, max: 2 });
    const big = "x".repeat(3_000_000);
    try {
      const answers = await Promise.all(
        Array.from({ length: 60 }, async (_, i) => {
          if (i % 2 === 0) {
            const r = await a.query<{ n: number; i: number }>(
              "SELECT length($1::text) AS n, $2::int AS i, $3::text AS t",
              [big, i, "t"],
            );
            return r.rows[0]!.n === big.length && r.rows[0]!.i === i;
          }
          return (await b.query<{ v: number }>("SELECT $1::int * 2 AS v", [i])).rows[0]!.v === i * 2;
        }),
      );
      expect(answers.every(Boolean)).toBe(true);
    } finally {
      await a.end();
      await b.end();
    }
  });

  it("takes over an owner file left half-written", async () => {
    await writeFile(path.join(dataDir, "embedded-server.json"), "");
    const db = await openHere();
    expect(await countCalls(db)).toBe(0);
  });
});

async function insertOne(db: Database, name: string): Promise<void> {
  const record = inboundCall({ recording: `call_recording_${name}.mp3` });
  await insertCalls(db, [toCallRow(record, callKey(record, 0), db.timeZone)]);
}
