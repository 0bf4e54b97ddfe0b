import { describe, expect, it } from "vitest";
import { LiveCallBoard } from "./live-call-board";
import type { LiveCallSignal } from "./live-signal";

const T0 = Date.UTC(2024, 5, 5, 9, 0, 0);
const MINUTE = 60_000;

function signal(
  callId: string,
  state: LiveCallSignal["state"],
  atMs: number,
  extra: Partial<LiveCallSignal> = {},
): LiveCallSignal {
  return {
    callId,
    state,
    direction: "to_ab",
    caller: "0912345678",
    callee: "thutranhtkbee",
    did: "02873019555",
    agent: "thutranhtkbee",
    at: new Date(atMs),
    raw: { callId, state },
    ...extra,
  };
}

function boardWithClock(maxAgeMs?: number): { board: LiveCallBoard; advance: (ms: number) => void } {
  let now = T0;
  return { board: new LiveCallBoard({ maxAgeMs, now: () => now }), advance: (ms) => void (now += ms) };
}

describe("LiveCallBoard", () => {
  it("follows a call from ringing to answered and forgets it when it ends", () => {
    const { board } = boardWithClock();
    board.apply(signal("a", "ringing", T0));
    expect(board.list()).toEqual([signal("a", "ringing", T0)]);
    expect(board.counts()).toEqual({ ringing: 1, answered: 0 });
    board.apply(signal("a", "answered", T0 + 5_000));
    expect(board.list()).toMatchObject([{ callId: "a", state: "answered", at: new Date(T0 + 5_000) }]);
    expect(board.counts()).toEqual({ ringing: 0, answered: 1 });
    board.apply(signal("a", "ended", T0 + 60_000));
    expect(board.list()).toEqual([]);
    expect(board.size).toBe(0);
  });

  it("lists the longest-waiting call first", () => {
    const { board } = boardWithClock();
    board.apply(signal("late", "ringing", T0 + 2_000));
    board.apply(signal("early", "ringing", T0));
    board.apply(signal("talking", "answered", T0 + 1_000));
    expect(board.list().map((s) => s.callId)).toEqual(["early", "talking", "late"]);
  });

  it("keeps fields a later event leaves blank, and the time the call entered its state", () => {
    const { board } = boardWithClock();
    board.apply(signal("a", "ringing", T0, { agent: null, callee: "02873019555" }));
    board.apply(signal("a", "answered", T0 + 4_000, { caller: "", did: null, direction: "unknown" }));
    board.apply(signal("a", "answered", T0 + 9_000, { agent: null, callee: "" })); // a HOLD, say
    expect(board.get("a")).toMatchObject({
      state: "answered",
      caller: "0912345678",
      callee: "thutranhtkbee",
      did: "02873019555",
      direction: "to_ab",
      agent: "thutranhtkbee",
      at: new Date(T0 + 4_000),
    });
  });

  it("never moves a call back from answered to ringing, nor revives an ended one", () => {
    const { board } = boardWithClock();
    board.apply(signal("a", "answered", T0));
    board.apply(signal("a", "ringing", T0 + 1_000)); // a CREATE replayed after a reconnect
    expect(board.get("a")?.state).toBe("answered");
    board.apply(signal("a", "ended", T0 + 2_000));
    board.apply(signal("a", "answered", T0 + 3_000));
    expect(board.get("a")).toBeUndefined();
  });

  it("adds a call first seen answered (feed connected mid-call)", () => {
    const { board } = boardWithClock();
    board.apply(signal("mid", "answered", T0));
    expect(board.counts()).toEqual({ ringing: 0, answered: 1 });
  });

  it("drops entries no signal refreshed for maxAgeMs (a missed end)", () => {
    const { board, advance } = boardWithClock(30 * MINUTE);
    board.apply(signal("lost", "answered", T0));
    advance(20 * MINUTE);
    board.apply(signal("fresh", "ringing", T0 + 20 * MINUTE));
    advance(11 * MINUTE);
    expect(board.list().map((s) => s.callId)).toEqual(["fresh"]);
    advance(20 * MINUTE);
    expect(board.size).toBe(0);
  });

  it("returns copies: callers cannot change the board through list() or get()", () => {
    const { board } = boardWithClock();
    board.apply(signal("a", "ringing", T0));
    const listed = board.list()[0]!;
    listed.state = "ended";
    board.get("a")!.agent = "someone";
    expect(board.get("a")).toMatchObject({ state: "ringing", agent: "thutranhtkbee" });
  });

  it("clear() empties the board", () => {
    const { board } = boardWithClock();
    board.apply(signal("a", "ringing", T0));
    board.clear();
    expect(board.list()).toEqual([]);
  });
});
