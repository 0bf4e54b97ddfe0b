import { expect, test } from "./fixtures";
import {
  createDisplay,
  getThresholds,
  placeCall,
  resumeSimulator,
  setThresholds,
  suspendSimulator,
  tileNumber,
  uniqueNumber,
} from "./tv-helpers";

// Live calls and freshness on the wallboard, driven through the demo simulator (POST /_sim/calls).
test.describe.configure({ mode: "serial" });

// How fast a call reaches the wall is measured by pnpm bench; here each step waits for its event, with a deadline
// taken from the call's own timeline plus room for a loaded machine.
const SLACK_MS = 30_000;

test("a new call shows on the wall while it rings, turns answered, and the KPIs count it once it ends", async ({
  adminPage: admin,
  browser,
}) => {
  test.setTimeout(180_000);
  const display = await createDisplay(admin, "Live wall");
  const tv = await browser.newPage();
  // One panel (the KPIs) the whole time.
  await tv.goto(`/tv/${display.token}?rotate=600`);
  await expect(tv.getByTestId("wallboard")).toBeVisible();
  const answeredBefore = await tileNumber(tv, "answered");

  const caller = uniqueNumber();
  const call = await placeCall(tv, { direction: "to_ab", caller, ringSeconds: 20, talkSeconds: 20 });
  const liveCall = tv.getByTestId("live-call").filter({ hasText: caller });
  const untilEnd = () => Math.max(0, call.endsAt.getTime() - Date.now());
  await expect(liveCall).toBeVisible({ timeout: untilEnd() });
  await expect(liveCall).toHaveAttribute("data-state", "answered", { timeout: untilEnd() });

  // It ends at call.endsAt; its record is synced a moment later and the board is pushed again.
  await expect(liveCall).toBeHidden({ timeout: untilEnd() + SLACK_MS });
  await expect
    .poll(() => tileNumber(tv, "answered"), { timeout: 2 * SLACK_MS })
    .toBeGreaterThan(answeredBefore);
  await tv.close();
});

test("when the upstream stops, the stale-data banner comes on; when it is back, the banner goes without a reload", async ({
  adminPage: admin,
  browser,
}) => {
  test.setTimeout(330_000);
  const original = await getThresholds(admin);
  const display = await createDisplay(admin, "Freshness wall");
  const tv = await browser.newPage();
  let suspended: number | null = null;
  try {
    await setThresholds(admin, { ...original, staleDataMinutes: 1 });
    // A fresh call so the newest call is within the minute (the demo may be in its quiet night hours).
    await placeCall(tv, { direction: "to_ab", caller: uniqueNumber(), ringSeconds: 1, talkSeconds: 1 });
    await tv.goto(`/tv/${display.token}?rotate=600`);
    const banner = tv.getByTestId("stale-banner");
    await expect(banner).toBeHidden({ timeout: 30_000 });

    suspended = suspendSimulator();
    // The last good sync gets older than a minute (syncs run every 30 s): the banner says the sync is behind. The
    // banner may first come on for the calls (the newest call ages past the minute before the last sync does), so
    // the wait is for the sync reason itself, which takes up to a minute plus a pass once AntRing stops answering.
    await expect(banner).toHaveAttribute("data-reason", "sync", { timeout: 150_000 });
    await expect(banner).toBeVisible();
    await expect(tv.getByTestId("wallboard")).toHaveAttribute("data-stale", "true");

    resumeSimulator(suspended);
    suspended = null;
    await placeCall(tv, { direction: "to_ab", caller: uniqueNumber(), ringSeconds: 1, talkSeconds: 1 });
    await expect(banner).toBeHidden({ timeout: 90_000 });
    await expect(tv.getByTestId("wallboard")).toHaveAttribute("data-stale", "false");
  } finally {
    if (suspended !== null) resumeSimulator(suspended);
    await setThresholds(admin, original);
    await tv.close();
  }
});
