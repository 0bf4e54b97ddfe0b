import { describe, expect, it } from "vitest";
import { testDatabaseModes } from "../testing/test-databases";
import { useTestDatabase } from "../test/use-test-database";
import { listQuarantine, quarantineRecords, type QuarantineEntry } from "./quarantine";

const windowFrom = new Date("2018-02-26T00:00:00Z");
const windowTo = new Date("2018-02-27T00:00:00Z");

function entry(raw: unknown, reason: string, page = 1, runId?: string): QuarantineEntry {
  return { raw, reason, windowFrom, windowTo, page, ...(runId === undefined ? {} : { runId }) };
}

describe.each(testDatabaseModes())("quarantine on %s", (mode) => {
  const db = useTestDatabase(mode);

  it("keeps each bad record once per reason, counting how often it was seen", async () => {
    const bad = { caller: { number: "0901" }, duration_seconds: -5, unix_timestamp: 1519639917 };
    const sameKeysReordered = {
      unix_timestamp: 1519639917,
      duration_seconds: -5,
      caller: { number: "0901" },
    };
    expect(await quarantineRecords(db(), [entry(bad, "duration_seconds: negative", 1, "run-1")])).toBe(1);
    expect(
      await quarantineRecords(db(), [
        entry(sameKeysReordered, "duration_seconds: negative", 3, "run-2"),
        entry(bad, "duration_seconds: negative", 3),
        entry(bad, "another reason"),
        entry("not even an object", "not an object"),
      ]),
    ).toBe(2);

    const listed = await listQuarantine(db());
    expect(listed).toHaveLength(3);
    const negative = listed.find((item) => item.reason === "duration_seconds: negative");
    expect(negative).toMatchObject({ raw: bad, timesSeen: 3, page: 3, runId: "run-2", windowFrom, windowTo });
    expect(negative!.lastSeenAt.getTime()).toBeGreaterThanOrEqual(negative!.firstSeenAt.getTime());
    expect(listed.find((item) => item.reason === "not an object")).toMatchObject({
      raw: "not even an object",
    });
    expect(listed.find((item) => item.reason === "another reason")).not.toHaveProperty("runId");
  });

  it("accepts raw values JSON cannot hold as they are, and an empty batch", async () => {
    expect(await quarantineRecords(db(), [])).toBe(0);
    expect(await quarantineRecords(db(), [entry(undefined, "missing record")])).toBe(1);
    expect(await quarantineRecords(db(), [entry(undefined, "missing record")])).toBe(0);
    expect((await listQuarantine(db(), { limit: 1 }))[0]).toMatchObject({
      raw: null,
      reason: "missing record",
    });
  });
});
