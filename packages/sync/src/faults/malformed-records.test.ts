import { AntringClient, type CallRecord } from "@antdash/antring-core";
import { startSimulator } from "@antdash/antring-simulator";
import { listQuarantine, listSyncRuns } from "@antdash/db";
import { openTestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { syncRange } from "../sync-range";
import { expectExactCopy } from "./cache-checks";
import { servedHistory } from "./served-history";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0); // frozen: the same records are served, and spoiled, on every read
const FROM = NOW - 6 * DAY;

/** What the product must do with one served item, judged by comparing it with the call it stands for. */
type Verdict =
  | { action: "cache"; variation: string; cached: CallRecord }
  | { action: "quarantine"; variation: string; field: string; raw: unknown };

/**
 * Variations AntRing may send for a valid call, which the client normalizes (antring-core normalize-record.ts): an
 * absent DID or recording means none, a number may come as digits. Everything else spoiled must be quarantined.
 */
function judge(served: unknown, original: CallRecord): Verdict {
  const item = served as Record<string, unknown>;
  const fields = Object.keys(original) as Array<keyof CallRecord>;
  const spoiled = fields.filter((f) => !isDeepStrictEqual(item[f], original[f]));
  const field = spoiled[0];
  if (field === undefined) return { action: "cache", variation: "intact", cached: original };
  expect(spoiled).toHaveLength(1); // the simulator spoils one field per record
  const value = item[field];
  const quarantine = (variation: string): Verdict => ({
    action: "quarantine",
    variation,
    field,
    raw: served,
  });
  if (!(field in item)) {
    if (field === "did_number")
      return { action: "cache", variation: "missing did_number", cached: { ...original, did_number: null } };
    if (field === "recording")
      return { action: "cache", variation: "missing recording", cached: { ...original, recording: "" } };
    return quarantine(`missing ${field}`);
  }
  if (typeof value === "string" && typeof original[field] === "number" && Number(value) === original[field]) {
    return { action: "cache", variation: `${field} as digits`, cached: original };
  }
  if (typeof value !== typeof original[field]) return quarantine(`${field} as ${typeof value}`);
  if (typeof value === "string") return quarantine(`unknown ${field}`);
  if (field === "billing_seconds") return quarantine("billing_seconds over duration_seconds");
  return quarantine(`${(value as number) < 0 ? "negative" : "absurd"} ${field}`);
}

/** Every way the simulator spoils a record: the test is only worth something if it met each of them. */
const EXPECTED_VARIATIONS = [
  ...["caller", "callee", "class", "did_number", "direction", "status_detail"].map((f) => `missing ${f}`),
  ...["duration_seconds", "unix_timestamp", "billing_seconds", "recording"].map((f) => `missing ${f}`),
  "duration_seconds as digits",
  "unix_timestamp as string",
  "caller as string",
  "unknown status_detail",
  "unknown direction",
  "unknown class",
  "negative duration_seconds",
  "absurd duration_seconds",
  "billing_seconds over duration_seconds",
];

/** JSON with sorted keys: the database keeps a quarantined record as jsonb, which does not keep key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

describe.each(testDatabaseModes())("malformed upstream records on %s", (mode) => {
  it("quarantines every bad record with its reason, caches the rest exactly, and reports it", async () => {
    const sim = await startSimulator({
      seed: 41,
      historyDays: 7,
      callsPerDay: 300,
      now: () => NOW,
      faults: { malformedRate: 0.3 },
    });
    const db = await openTestDatabase(mode);
    try {
      const originals = sim.dataset.callsBetween(FROM, NOW);
      const served = await servedHistory(sim, FROM, NOW);
      expect(served).toHaveLength(originals.length);
      const verdicts = served.map((item, i) => judge(item, originals[i]!));
      const variations = new Map<string, number>();
      for (const v of verdicts) variations.set(v.variation, (variations.get(v.variation) ?? 0) + 1);
      expect([...variations.keys()]).toEqual(expect.arrayContaining(EXPECTED_VARIATIONS));
      const toCache = verdicts.flatMap((v) => (v.action === "cache" ? [v.cached] : []));
      const toQuarantine = verdicts.flatMap((v) => (v.action === "quarantine" ? [v] : []));

      const client = new AntringClient({ baseUrl: sim.url, appId: sim.appId, appSecret: sim.appSecret });
      const result = await syncRange({
        db,
        client,
        from: new Date(FROM),
        to: new Date(NOW),
        now: () => new Date(NOW),
      });

      // The rest is exact, call by call, and what the summaries read agrees.
      expect(result).toMatchObject({
        callsSeen: toCache.length,
        callsWritten: toCache.length,
        quarantined: toQuarantine.length,
      });
      await expectExactCopy(db, toCache);

      // Every bad record is listed once, as served, with a reason naming what is wrong, and where it was read.
      const listed = new Map((await listQuarantine(db, { limit: 1000 })).map((q) => [canonical(q.raw), q]));
      expect(listed.size).toBe(new Set(toQuarantine.map((q) => canonical(q.raw))).size);
      for (const bad of toQuarantine) {
        const entry = listed.get(canonical(bad.raw));
        expect(entry, bad.variation).toBeDefined();
        expect(entry!.reason, bad.variation).toContain(bad.field);
        expect(entry!.runId).toBe(result.runId);
        const at = originals[verdicts.indexOf(bad)]!.unix_timestamp * 1000;
        expect(at).toBeGreaterThanOrEqual(entry!.windowFrom.getTime());
        expect(at).toBeLessThanOrEqual(entry!.windowTo.getTime());
      }

      // The sync status shows a successful run that quarantined them.
      const [run] = await listSyncRuns(db, { limit: 1 });
      expect(run).toMatchObject({
        status: "succeeded",
        error: null,
        quarantined: toQuarantine.length,
        callsSeen: toCache.length,
      });

      const didsLost = verdicts.filter(
        (v, i) => v.variation === "missing did_number" && originals[i]!.did_number !== null,
      );
      console.log(
        `[faults/${mode}] ${served.length} served, ${toQuarantine.length} quarantined, ${toCache.length} cached ` +
          `(${didsLost.length} of them lost their DID to a missing did_number); by variation: ` +
          [...variations].map(([k, n]) => `${k} ${n}`).join(", "),
      );
    } finally {
      await db.dispose();
      await sim.close();
    }
  });
});
