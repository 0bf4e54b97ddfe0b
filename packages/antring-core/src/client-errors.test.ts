import { describe, expect, it } from "vitest";
import {
  AntringHttpError,
  AntringNetworkError,
  AppIdMissingError,
  AppIdNotFoundError,
  DeviceOfflineError,
  HashMismatchError,
  MethodNotSupportedError,
} from "./errors";
import { errorFromResponse } from "./response-errors";
import {
  caught,
  clientFor,
  DAY,
  expectRedacted,
  NOW,
  startFrozenSimulator,
  useFrozenSimulator,
} from "./test/simulator-fixture";

const sim = useFrozenSimulator();

const day = { from: new Date(NOW - DAY), to: new Date(NOW), page: 1 };
const device = { sipUser: "demo-device", sipPassword: "demo-pass" };

describe("AntRing error codes map to classes", () => {
  const calls = {
    histories: (c: ReturnType<typeof clientFor>) => c.getHistoryPage(day),
    auth_token: (c: ReturnType<typeof clientFor>) => c.getAuthToken(),
    click_to_call: (c: ReturnType<typeof clientFor>) => c.clickToCall("0901234567", device),
    play_recording: (c: ReturnType<typeof clientFor>) => c.getRecordingUrl("call_recording_x.mp3"),
  };

  it.each(Object.entries(calls))(
    "wrong secret -> HashMismatchError, not retried (%s)",
    async (_route, call) => {
      const wrongSecret = "wrong-secret-0123456789";
      const before = sim().requestCount();
      const error = await caught(() => call(clientFor(sim(), { appSecret: wrongSecret })));
      expect(error).toBeInstanceOf(HashMismatchError);
      expect(error).toMatchObject({ code: "HASH_NOT_MATCH", status: 400 });
      expect(sim().requestCount() - before).toBe(1);
      expectRedacted(error, [wrongSecret, device.sipPassword]);
    },
  );

  it.each(Object.entries(calls))("unknown appId -> AppIdNotFoundError (%s)", async (_route, call) => {
    const error = await caught(() => call(clientFor(sim(), { appId: "nobody" })));
    expect(error).toBeInstanceOf(AppIdNotFoundError);
    expect(error).toMatchObject({ code: "APPID_NOT_FOUND", status: 400 });
    expectRedacted(error, [device.sipPassword]);
  });

  it("a request without appId (which the client cannot send) maps to AppIdMissingError", async () => {
    const query = "created_from=2024-05-31T12:00:00.000Z&created_to=2024-06-01T12:00:00.000Z&hash=x";
    const histories = await fetch(`${sim().url}/oapi/v1/call/histories?${query}`);
    const token = await fetch(`${sim().url}/oapi/v1/voice/auth_token`, { method: "POST" });
    for (const response of [histories, token]) {
      const error = errorFromResponse({ status: response.status, body: await response.json() });
      expect(error).toBeInstanceOf(AppIdMissingError);
      expect(error).toMatchObject({ code: "APPID_MISSING", status: 400 });
    }
  });

  it("an unknown route -> MethodNotSupportedError", async () => {
    const error = await caught(() =>
      clientFor(sim(), { baseUrl: `${sim().url}/not-antring` }).getAuthToken(),
    );
    expect(error).toBeInstanceOf(MethodNotSupportedError);
    expect(error).toMatchObject({ code: "METHOD_NOT_SUPPORT", status: 404 });
  });

  it("an unknown recording -> AntringHttpError with the API's code", async () => {
    const error = await caught(() => clientFor(sim()).getRecordingUrl("call_recording_nope.mp3"));
    expect(error).toBeInstanceOf(AntringHttpError);
    expect(error).toMatchObject({ code: "MEDIA_NOT_FOUND", status: 400 });
    expect((error as Error).message).toContain("media=call_recording_nope.mp3");
    expectRedacted(error);
  });

  it("a refused connection -> AntringNetworkError after the configured retries", async () => {
    const closed = await startFrozenSimulator();
    const url = closed.url;
    await closed.close();
    const retries: number[] = [];
    const client = clientFor(closed, {
      baseUrl: url,
      retry: { retries: 2, baseDelayMs: 1 },
      onRetry: (e) => retries.push(e.retry),
    });
    const error = await caught(() => client.getHistoryPage(day));
    expect(error).toBeInstanceOf(AntringNetworkError);
    expect(error).toMatchObject({ code: "NETWORK" });
    expect(retries).toEqual([1, 2]);
    expectRedacted(error);
  });
});

describe("click-to-call", () => {
  it("resolves when the device is online", async () => {
    await expect(clientFor(sim()).clickToCall("0901234567", device)).resolves.toBeUndefined();
  });

  it("offline, unknown or wrong-password devices -> DeviceOfflineError, never retried", async () => {
    const devices = [
      { sipUser: "desk-1", sipPassword: "pw-1", online: true },
      { sipUser: "desk-2", sipPassword: "pw-2-secret", online: false },
    ];
    const desk = await startFrozenSimulator({ devices });
    try {
      const client = clientFor(desk);
      await expect(
        client.clickToCall("0901234567", { sipUser: "desk-1", sipPassword: "pw-1" }),
      ).resolves.toBeUndefined();
      for (const bad of [
        { sipUser: "desk-2", sipPassword: "pw-2-secret" },
        { sipUser: "desk-1", sipPassword: "pw-wrong-secret" },
        { sipUser: "nobody", sipPassword: "pw-x-secret" },
      ]) {
        const before = desk.requestCount("click_to_call");
        const error = await caught(() => client.clickToCall("0901234567", bad));
        expect(error).toBeInstanceOf(DeviceOfflineError);
        expect(error).toMatchObject({ status: 400 });
        expect(desk.requestCount("click_to_call") - before).toBe(1);
        expectRedacted(error, [bad.sipPassword]);
      }
    } finally {
      await desk.close();
    }
  });
});

describe("auth token and recordings", () => {
  it("gets an auth token with its expiry", async () => {
    const token = await clientFor(sim()).getAuthToken();
    expect(token.value.length).toBeGreaterThan(0);
    expect(token.expire.getTime()).toBe(NOW + 3_600_000);
  });

  it("gets a signed recording URL that serves audio", async () => {
    const recorded = sim()
      .dataset.callsBetween(NOW - 2 * DAY, NOW)
      .find((r) => r.recording !== "");
    expect(recorded).toBeDefined();
    const url = await clientFor(sim()).getRecordingUrl(recorded!.recording);
    expect(url.startsWith(`${sim().url}/nkrecord/`)).toBe(true);
    const audio = await fetch(url);
    expect(audio.status).toBe(200);
    expect(audio.headers.get("content-type")).toMatch(/^audio\//);
    expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});
