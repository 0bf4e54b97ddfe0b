// The "last week" preview reads its rule set-based (a query per rule, the window slid in memory); the reference is
// the live evaluation's own reading (readAlert) replayed instant by instant on the same simulator data: both must
// fire and recover at exactly the same instants, for every kind of rule, on both databases.
import { type RunningSimulator, startSimulator } from "@antdash/antring-simulator";
import { insertCalls, toCallRow } from "@antdash/db";
import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { syncFromSimulator } from "../testing/simulator-sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_KPI_SETTINGS } from "../admin/settings";
import { readAlert } from "./alert-metrics";
import { type PreviewRule, previewAlert, type ReadingsAt } from "./alert-preview";
import { readAlertOverInstants } from "./alert-readings-over";
import { missedCall } from "@antdash/antring-core/testing";

const MINUTE = 60_000;
const DAY = 86_400_000;
// Friday 2026-11-20 10:00 UTC (17:00 in Asia/Ho_Chi_Minh).
const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
const STEP = 30;
const DAYS = 3;
const kpi = DEFAULT_KPI_SETTINGS;

/** The reference: readAlert at each instant, one after the other. */
const stepByStep: ReadingsAt = async (db, rule, instants, thresholds) => {
  const readings: (boolean | null)[] = [];
  for (const at of instants) readings.push((await readAlert(db, rule, at, thresholds)).firing);
  return readings;
};

const noHours = { params: {}, businessHours: null };
// Thresholds chosen to fire and recover on this data (asserted below, so the comparison is not vacuous).
const rules: Record<string, PreviewRule> = {
  service_level: { ...noHours, kind: "service_level", threshold: 75, windowMinutes: 60 },
  abandon_rate: { ...noHours, kind: "abandon_rate", threshold: 12, windowMinutes: 45 },
  did_silent: { ...noHours, kind: "did_silent", threshold: 1, windowMinutes: 90 },
  unsuccess_share: { ...noHours, kind: "unsuccess_share", threshold: 3, windowMinutes: 120 },
  // The simulator's backlog holds about 450 cases waiting for weeks (no one calls them back).
  backlog: { ...noHours, kind: "backlog", threshold: 450, windowMinutes: 60, params: { maxAgeHours: 1000 } },
};

describe.each(testDatabaseModes())("alert preview on %s", (mode) => {
  let sim: RunningSimulator;
  let db: TestDatabase;

  beforeAll(async () => {
    sim = await startSimulator({ seed: "alert-preview", historyDays: 35, callsPerDay: 240, now: () => NOW });
    db = await openTestDatabase(mode);
    await syncFromSimulator(sim, {
      db,
      from: new Date(NOW - 35 * DAY),
      to: new Date(NOW),
      now: () => new Date(NOW),
    });
    // Calls exactly on the ends of windows (a call filter's ends are both inclusive): at an instant, at an instant
    // minus the windows, and a week before an instant.
    const at = NOW - DAY;
    const edges = [
      at,
      at - 45 * MINUTE,
      at - 60 * MINUTE,
      at - 90 * MINUTE,
      at - 7 * DAY,
      at - 7 * DAY - 90 * MINUTE,
    ];
    await insertCalls(
      db,
      edges.map((t, i) => toCallRow(missedCall(`09099900${10 + i}`, t), `fp:edge:${i}`, db.timeZone)),
    );
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
    await sim?.close();
  });

  const instantsOfWeek = () => {
    const instants: Date[] = [];
    for (let t = NOW - DAYS * DAY + STEP * MINUTE; t <= NOW; t += STEP * MINUTE) instants.push(new Date(t));
    return instants;
  };

  it.each(Object.keys(rules))("reads a %s rule at every instant as readAlert does", async (kind) => {
    const rule = rules[kind]!;
    const instants = instantsOfWeek();
    const fast = await readAlertOverInstants(db, rule, instants, kpi);
    const reference = await stepByStep(db, rule, instants, kpi);
    expect(fast).toEqual(reference);
    // Not vacuous: the rule both fires and does not somewhere in these days.
    expect(reference).toContain(true);
    expect(reference).toContain(false);
  });

  it.each(Object.keys(rules))("previews a %s rule in business hours as the replay does", async (kind) => {
    const rule = { ...rules[kind]!, businessHours: { days: [1, 2, 3, 4, 5], start: 8 * 60, end: 18 * 60 } };
    const opts = { to: new Date(NOW), days: DAYS, stepMinutes: STEP, timeZone: "Asia/Ho_Chi_Minh", kpi };
    const fast = await previewAlert(db, rule, opts);
    expect(fast).toEqual(await previewAlert(db, rule, opts, stepByStep));
    expect(fast.evaluations).toBeGreaterThan(0);
  });
});
