import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "./simulator";
import { HOUR, NOW, getJson, headerAuth, manualClock } from "./test/http";
import type { RunningSimulator } from "./types";

describe("auth_token and click-to-call", () => {
  const clock = manualClock(NOW);
  let sim: RunningSimulator;

  beforeAll(async () => {
    sim = await startSimulator({
      now: clock.now,
      callsPerDay: 50,
      historyDays: 3,
      devices: [
        { sipUser: "thutranhtkbee", sipPassword: "pw-thu", online: true },
        { sipUser: "desk-7", sipPassword: "pw-7", online: false },
      ],
    });
  });
  afterAll(() => sim.close());

  const post = (path: string, headers: Record<string, string>, body?: unknown): ReturnType<typeof getJson> =>
    getJson(`${sim.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it("issues a token valid for one hour", async () => {
    const { status, body } = await post("/oapi/v1/voice/auth_token", headerAuth(sim));
    expect(status).toBe(200);
    const { value, expire } = body as { value: string; expire: string };
    expect(value.length).toBeGreaterThan(16);
    expect(Date.parse(expire)).toBe(NOW + HOUR);
  });

  it("checks the header credentials in AntRing's order", async () => {
    expect(await post("/oapi/v1/voice/auth_token", {})).toMatchObject({
      status: 400,
      body: { success: false, message: "APPID_MISSING" },
    });
    expect(
      await post("/oapi/v1/voice/auth_token", { "x-auth-app-id": "nobody", "x-auth-app-hash": "x" }),
    ).toMatchObject({
      status: 400,
      body: { success: false, message: "APPID_NOT_FOUND" },
    });
    expect(await post("/oapi/v1/voice/auth_token", headerAuth(sim, "wrong-secret"))).toMatchObject({
      status: 400,
      body: { success: false, message: "HASH_NOT_MATCH" },
    });
    expect(
      await post("/oapi/v1/call/click-to-call/0901234567", headerAuth(sim, "wrong-secret"), {
        sipUser: "thutranhtkbee",
        sipPassword: "pw-thu",
      }),
    ).toMatchObject({
      status: 400,
      body: { message: "HASH_NOT_MATCH" },
    });
  });

  it("rejects offline, unknown and wrongly authenticated devices with DEVICE_OFFLINE", async () => {
    for (const device of [
      { sipUser: "desk-7", sipPassword: "pw-7" },
      { sipUser: "nobody", sipPassword: "x" },
      { sipUser: "thutranhtkbee", sipPassword: "wrong" },
      {},
    ]) {
      const { status, body } = await post("/oapi/v1/call/click-to-call/0901234567", headerAuth(sim), device);
      expect(status, JSON.stringify(device)).toBe(400);
      expect(body).toEqual({ success: false, message: "DEVICE_OFFLINE" });
    }
    expect(await getJson(`${sim.url}/oapi/v1/call/click-to-call/0901234567`)).toMatchObject({
      status: 404,
      body: { message: "METHOD_NOT_SUPPORT" },
    });
  });

  it("places an outbound call from the device's agent that appears in history once it ends", async () => {
    const number = "0987654321";
    const mine = (): unknown[] =>
      sim.dataset.callsBetween(NOW - HOUR, NOW + HOUR).filter((r) => r.callee.number === number);
    const { status, body } = await post(`/oapi/v1/call/click-to-call/${number}`, headerAuth(sim), {
      sipUser: "thutranhtkbee",
      sipPassword: "pw-thu",
    });
    expect(status).toBe(200);
    expect(body).toEqual({ success: true });
    expect(mine()).toEqual([]); // still ringing / talking
    clock.advance(HOUR / 6); // talk time is short (a few minutes at most)
    try {
      expect(mine()).toEqual([
        expect.objectContaining({
          caller: { number: "thutranhtkbee", type: "user", username: "thutran" },
          callee: { number, type: "realnumber" },
          class: "trunking",
          did_number: null,
          direction: "from_ab",
          status_detail: "SUCCESS",
          unix_timestamp: NOW / 1000,
          recording: expect.stringMatching(/^call_recording_[a-z0-9]{20}\.mp3$/),
        }),
      ]);
    } finally {
      clock.advance(-HOUR / 6);
    }
  });
});
