import { type Database, noteReadActivity } from "@antdash/db";
import { describe, expect, it } from "vitest";
import { readerShare } from "./reader-share";

// readerShare reads only the database's mode and the readers noted for it: a plain object stands for each.
const embedded = () => ({ mode: "embedded" }) as Database;

describe("readerShare", () => {
  it("rests for most of the time the write took while readers use the embedded database", async () => {
    const db = embedded();
    noteReadActivity(db);
    const started = performance.now();
    await readerShare(db)!(80);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55); // 3/4 of 80 ms, less timer slack
  });

  it("does not rest without readers, or on PostgreSQL", async () => {
    const db = embedded();
    noteReadActivity(db, Date.now() - 60_000); // a reader long gone
    const started = performance.now();
    await readerShare(db)!(5_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(readerShare({ mode: "postgres" } as Database)).toBeUndefined();
  });
});
