import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapKazooEvent, socketFrame, TRACKED_CALL_EVENTS } from "./kazoo-event";

const RECEIVED = new Date("2024-06-05T09:30:00.000Z");

// Trimmed from the events printed in Kazoo's blackhole docs (documented shape and field names).
const KAZOO_CREATE = {
  name: "CHANNEL_CREATE",
  args: {
    "App-Name": "ecallmgr",
    "Call-Direction": "inbound",
    "Call-ID": "at6dmu4ffk97vnlp6qfq",
    "Caller-ID-Name": "user_wpxnx7am9w",
    "Caller-ID-Number": "user_wpxnx7am9w",
    "Custom-Channel-Vars": {
      "Account-ID": "4b8c6fec4b2597882c0390202d195419",
      "Authorizing-ID": "d509114b66efabf32dfd78dc464b46dd",
      "Authorizing-Type": "device",
      "Owner-ID": "699ed7e3d583e2577ac017c575f87262",
      Username: "user_wpxnx7am9w",
    },
    "Event-Category": "call_event",
    "Event-Name": "CHANNEL_CREATE",
    From: "356@wefwefwefwef.2600hz.com",
    Request: "*97@wefwefwefwef.2600hz.com",
    Timestamp: 63610891956,
    To: "*97@wefwefwefwef.2600hz.com",
  },
};

const KAZOO_DESTROY = {
  name: "CHANNEL_DESTROY",
  args: {
    ...KAZOO_CREATE.args,
    "Event-Name": "CHANNEL_DESTROY",
    "Billing-Seconds": "31",
    "Duration-Seconds": "32",
    "Hangup-Cause": "NORMAL_CLEARING",
    "Caller-ID-Number": "356",
    Timestamp: 63610891988,
  },
};

/** An inbound trunk call to DID 02873019555, rung at agent thutranhtkbee (inferred AntRing shape). */
function inbound(eventName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: eventName,
    args: {
      "Event-Name": eventName,
      "Call-ID": "in-1",
      "Call-Direction": "inbound",
      "Caller-ID-Number": "0912345678",
      "Callee-ID-Number": "thutranhtkbee",
      To: "02873019555@sim.invalid",
      Request: "02873019555@sim.invalid",
      Timestamp: 63_884_799_000, // 2024-06-05T09:30:00Z in Gregorian seconds
      "Custom-Channel-Vars": { "Account-ID": "acc" },
      ...extra,
    },
  };
}

describe("mapKazooEvent: documented Kazoo events", () => {
  it("maps Kazoo's own CHANNEL_CREATE sample: a device-placed call is outbound, its Username the agent", () => {
    expect(mapKazooEvent(KAZOO_CREATE, RECEIVED)).toEqual({
      callId: "at6dmu4ffk97vnlp6qfq",
      state: "ringing",
      direction: "from_ab",
      caller: "user_wpxnx7am9w",
      callee: "*97",
      did: null,
      agent: "user_wpxnx7am9w",
      at: new Date("2015-10-01T04:12:36.000Z"),
      raw: KAZOO_CREATE,
    });
  });

  it("maps CHANNEL_DESTROY to ended at its own Timestamp", () => {
    expect(mapKazooEvent(KAZOO_DESTROY, RECEIVED)).toMatchObject({
      callId: "at6dmu4ffk97vnlp6qfq",
      state: "ended",
      caller: "356",
      at: new Date("2015-10-01T04:13:08.000Z"),
    });
  });

  it.each([
    ["CHANNEL_CREATE", "ringing"],
    ["CHANNEL_ANSWER", "answered"],
    ["CHANNEL_BRIDGE", "answered"],
    ["CHANNEL_HOLD", "answered"],
    ["CHANNEL_UNHOLD", "answered"],
    ["CHANNEL_DESTROY", "ended"],
  ])("%s means %s", (name, state) => {
    expect(mapKazooEvent(inbound(name), RECEIVED)?.state).toBe(state);
  });

  it("tracks exactly the call events above", () => {
    expect([...TRACKED_CALL_EVENTS].sort()).toEqual([
      "CHANNEL_ANSWER",
      "CHANNEL_BRIDGE",
      "CHANNEL_CREATE",
      "CHANNEL_DESTROY",
      "CHANNEL_HOLD",
      "CHANNEL_UNHOLD",
    ]);
  });
});

describe("mapKazooEvent: inferred AntRing fields", () => {
  it("reads an inbound trunk call: DID from To, the callee as agent", () => {
    expect(mapKazooEvent(inbound("CHANNEL_ANSWER"), RECEIVED)).toMatchObject({
      callId: "in-1",
      state: "answered",
      direction: "to_ab",
      caller: "0912345678",
      callee: "thutranhtkbee",
      did: "02873019555",
      agent: "thutranhtkbee",
      at: new Date("2024-06-05T09:30:00.000Z"),
    });
  });

  it("has no agent while an inbound call only reached the DID (IVR, queue)", () => {
    const signal = mapKazooEvent(inbound("CHANNEL_CREATE", { "Callee-ID-Number": undefined }), RECEIVED);
    expect(signal).toMatchObject({
      direction: "to_ab",
      callee: "02873019555",
      did: "02873019555",
      agent: null,
    });
  });

  it("says unknown for an outbound leg alone, keeping the device's Username as agent", () => {
    const signal = mapKazooEvent(
      inbound("CHANNEL_CREATE", {
        "Call-Direction": "outbound",
        "Custom-Channel-Vars": { Username: "desk-7" },
      }),
      RECEIVED,
    );
    expect(signal).toMatchObject({ direction: "unknown", did: null, agent: "desk-7" });
  });

  it("lets an explicit history-style direction win", () => {
    const signal = mapKazooEvent(inbound("CHANNEL_CREATE", { direction: "from_ab" }), RECEIVED);
    expect(signal).toMatchObject({ direction: "from_ab", did: null });
  });

  it("takes an explicit did_number on inbound calls", () => {
    expect(mapKazooEvent(inbound("CHANNEL_CREATE", { did_number: "19006868" }), RECEIVED)?.did).toBe(
      "19006868",
    );
  });

  it("falls back to the receive time when Timestamp is missing or absurd", () => {
    for (const timestamp of [undefined, 12, -5, "soon", 1e30, null, {}]) {
      expect(mapKazooEvent(inbound("CHANNEL_CREATE", { Timestamp: timestamp }), RECEIVED)?.at).toEqual(
        RECEIVED,
      );
    }
  });

  it("reads unix seconds, unix milliseconds and date text timestamps", () => {
    const at = new Date("2024-06-05T09:30:00.000Z");
    for (const timestamp of [
      at.getTime() / 1000,
      at.getTime(),
      String(at.getTime() / 1000),
      at.toISOString(),
    ]) {
      expect(mapKazooEvent(inbound("CHANNEL_CREATE", { Timestamp: timestamp }), RECEIVED)?.at).toEqual(at);
    }
  });
});

describe("mapKazooEvent: envelopes", () => {
  const expected = { callId: "in-1", state: "answered", direction: "to_ab", agent: "thutranhtkbee" };
  const args = inbound("CHANNEL_ANSWER").args as Record<string, unknown>;

  it.each([
    ["{name, args:{…}} (documented frame)", { name: "CHANNEL_ANSWER", args }],
    ["{name, args:[{…}]} (Socket.IO 0.9 packet)", { name: "CHANNEL_ANSWER", args: [args] }],
    ["the bare event", args],
    ["{action, name, data} (Kazoo 4 websockets)", { action: "event", name: "CHANNEL_ANSWER", data: args }],
    ["JSON text", JSON.stringify({ name: "CHANNEL_ANSWER", args })],
    [
      "a Socket.IO payload holding a frame",
      socketFrame("CHANNEL_ANSWER", [{ name: "CHANNEL_ANSWER", args }]),
    ],
    ["a Socket.IO payload holding the bare event", socketFrame("CHANNEL_ANSWER", [args])],
    ["JSON text in a Socket.IO payload", socketFrame("CHANNEL_ANSWER", [JSON.stringify(args)])],
  ])("accepts %s", (_label, event) => {
    expect(mapKazooEvent(event, RECEIVED)).toMatchObject(expected);
  });

  it("takes the event name from the frame when the event itself has none", () => {
    const { "Event-Name": _dropped, ...nameless } = args;
    expect(mapKazooEvent(socketFrame("CHANNEL_DESTROY", [nameless]), RECEIVED)?.state).toBe("ended");
    expect(mapKazooEvent(socketFrame("call.CHANNEL_CREATE.in-1", [nameless]), RECEIVED)?.state).toBe(
      "ringing",
    );
  });

  it("reads webhook-style snake_case events", () => {
    const webhook = {
      hook_event: "channel_answer",
      call_id: "wh-1",
      call_direction: "inbound",
      caller_id_number: "0912345678",
      callee_id_number: "lanphamhtkbee",
      to: "19006868@sim.invalid",
      timestamp: 63_884_799_000,
      custom_channel_vars: {},
    };
    expect(mapKazooEvent(webhook, RECEIVED)).toMatchObject({
      callId: "wh-1",
      state: "answered",
      direction: "to_ab",
      did: "19006868",
      agent: "lanphamhtkbee",
      at: new Date("2024-06-05T09:30:00.000Z"),
    });
  });

  it("strips SIP URI decoration from From/To", () => {
    const signal = mapKazooEvent(
      inbound("CHANNEL_CREATE", {
        "Caller-ID-Number": undefined,
        From: "<sip:0909000111@x>",
        To: "sip:18001234@x",
      }),
      RECEIVED,
    );
    expect(signal).toMatchObject({ caller: "0909000111", did: "18001234" });
  });
});

describe("mapKazooEvent: what is not a tracked call event", () => {
  it.each([
    ["another call event", inbound("CHANNEL_EXECUTE")],
    ["a recording event", inbound("RECORD_STOP")],
    ["a conference event", { name: "participants_event", args: { "Call-ID": "x" } }],
    ["a server error", { name: "error", args: { message: "failed to authenticate token" } }],
    ["an event without Call-ID", { name: "CHANNEL_CREATE", args: { "Event-Name": "CHANNEL_CREATE" } }],
    [
      "an event whose own name is untracked",
      { name: "CHANNEL_CREATE", args: { "Event-Name": "CHANNEL_EXECUTE", "Call-ID": "x" } },
    ],
  ])("maps %s to null", (_label, event) => {
    expect(mapKazooEvent(event, RECEIVED)).toBeNull();
  });

  it.each([null, undefined, 0, "", "CHANNEL_CREATE", "{not json", [], [1, 2], true, Symbol("x"), () => 1])(
    "maps %s to null",
    (event) => {
      expect(mapKazooEvent(event, RECEIVED)).toBeNull();
    },
  );

  it("survives hostile objects: throwing getters, proxies, cycles, deep nesting", () => {
    const throwing = Object.defineProperty({ name: "CHANNEL_CREATE" }, "args", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    const cyclic: Record<string, unknown> = { name: "CHANNEL_CREATE" };
    cyclic.args = cyclic;
    let deep: unknown = { "Call-ID": "d", "Event-Name": "CHANNEL_CREATE" };
    for (let i = 0; i < 10_000; i++) deep = { args: deep };
    for (const event of [throwing, proxy, cyclic, deep]) {
      expect(() => mapKazooEvent(event, RECEIVED)).not.toThrow();
    }
    expect(mapKazooEvent(cyclic, RECEIVED)).toBeNull();
  });

  it("never throws on arbitrary input and returns either null or a complete signal", () => {
    const field = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constantFrom("inbound", "outbound"));
    const eventLike = fc.record(
      {
        name: fc.oneof(fc.constantFrom(...TRACKED_CALL_EVENTS), fc.string()),
        args: fc.oneof(
          fc.anything(),
          fc.dictionary(
            fc.constantFrom(
              "Call-ID",
              "Event-Name",
              "Call-Direction",
              "Caller-ID-Number",
              "To",
              "Timestamp",
              "Custom-Channel-Vars",
            ),
            field,
          ),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), eventLike), (event) => {
        const signal = mapKazooEvent(event, RECEIVED);
        if (signal === null) return;
        expect(typeof signal.callId).toBe("string");
        expect(signal.callId).not.toBe("");
        expect(["ringing", "answered", "ended"]).toContain(signal.state);
        expect(["from_ab", "to_ab", "unknown"]).toContain(signal.direction);
        expect(Number.isFinite(signal.at.getTime())).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
