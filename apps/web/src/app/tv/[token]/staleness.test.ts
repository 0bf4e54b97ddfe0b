import { describe, expect, it } from "vitest";
import { staleness } from "./staleness";

const NOW = Date.UTC(2026, 10, 27, 3, 0, 0);
const ago = (minutes: number) => new Date(NOW - minutes * 60_000);

describe("staleness", () => {
  it("is fresh while both the sync and the newest call are within the threshold", () => {
    expect(staleness({ lastSyncAt: ago(1), newestCallAt: ago(29) }, 30, NOW)).toEqual({ stale: false });
  });

  it("says the sync is behind when the last successful sync is too old, whatever the calls", () => {
    expect(staleness({ lastSyncAt: ago(31), newestCallAt: ago(31) }, 30, NOW)).toEqual({
      stale: true,
      reason: "sync",
      since: ago(31),
    });
  });

  it("says no new calls arrived when only the newest call is too old", () => {
    expect(staleness({ lastSyncAt: ago(0.5), newestCallAt: ago(45) }, 30, NOW)).toEqual({
      stale: true,
      reason: "calls",
      since: ago(45),
    });
  });

  it("counts a cache never synced as stale", () => {
    expect(staleness({ lastSyncAt: null, newestCallAt: null }, 30, NOW)).toEqual({
      stale: true,
      reason: "sync",
      since: null,
    });
  });
});
