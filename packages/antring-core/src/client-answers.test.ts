// Tolerant answers: AntRing documents only part of its answer shapes, so the client accepts every shape the
// simulator can be told to answer with (its --click-to-call-body and --recording-shape flags).
import { describe, expect, it } from "vitest";
import { AntringHttpError, AntringProtocolError, DeviceOfflineError } from "./errors";
import { errorFromResponse } from "./response-errors";
import { caught, clientFor, DAY, expectRedacted, NOW, useFrozenSimulator } from "./test/simulator-fixture";

const sim = useFrozenSimulator();

const device = { sipUser: "demo-device", sipPassword: "demo-pass" };

describe("click-to-call: any 2xx is success", () => {
  it.each(["empty", "text", "json"] as const)("body %s -> resolves", async (clickToCallBody) => {
    sim().setFaults({ clickToCallBody });
    try {
      const before = sim().requestCount("click_to_call");
      await expect(clientFor(sim()).clickToCall("0901234567", device)).resolves.toBeUndefined();
      expect(sim().requestCount("click_to_call") - before).toBe(1);
    } finally {
      sim().setFaults({ clickToCallBody: "json" });
    }
  });

  it("a 400 with an undocumented code keeps its code, not 'device offline'", async () => {
    const error = await caught(() => clientFor(sim()).clickToCall("not-a-number", device));
    expect(error).toBeInstanceOf(AntringHttpError);
    expect(error).not.toBeInstanceOf(DeviceOfflineError);
    expect(error).toMatchObject({ status: 400, code: "INVALID_PARAMETER" });
    expect(String(error)).toContain("INVALID_PARAMETER");
    expectRedacted(error, [device.sipPassword]);
  });

  it("an offline device is still DeviceOfflineError", async () => {
    const error = await caught(() =>
      clientFor(sim()).clickToCall("0901234567", { ...device, sipPassword: "wrong" }),
    );
    expect(error).toBeInstanceOf(DeviceOfflineError);
  });
});

describe("a 400's own message is kept, redacted", () => {
  it("free text next to a code, with URLs, hashes and known secrets cut out", () => {
    const error = errorFromResponse({
      status: 400,
      detailRedactions: ["pw-77"],
      body: {
        success: false,
        code: "NUMBER_BLOCKED",
        detail: `blocked (pw-77) by policy, see https://x.example/s?Signature=abc ${"ab12".repeat(16)}`,
      },
    });
    expect(error).toBeInstanceOf(AntringHttpError);
    const detail = "blocked (<redacted>) by policy, see <url> <hex>";
    expect(error).toMatchObject({ code: "NUMBER_BLOCKED", detail });
    expect(error.message).toBe(`AntRing answered HTTP 400 (NUMBER_BLOCKED): ${detail}`);
  });

  it("a codeless free-text message is the detail; the code falls back to the status", () => {
    const body = { success: false, message: "Thiết bị chưa đăng ký" };
    const error = errorFromResponse({ status: 400, body, detailRedactions: [] });
    expect(error).toMatchObject({ code: "HTTP_400", detail: "Thiết bị chưa đăng ký" });
  });

  it("without redactions free text is dropped (other endpoints)", () => {
    const error = errorFromResponse({
      status: 400,
      body: { success: false, message: "echo of the request" },
    });
    expect(error).toMatchObject({ code: "HTTP_400", detail: undefined });
  });
});

describe("play_recording: every answer shape", () => {
  const recording = () =>
    sim()
      .dataset.callsBetween(NOW - 2 * DAY, NOW)
      .find((r) => r.recording !== "")!.recording;

  it.each(["media", "data", "success", "bare"] as const)(
    "shape %s -> the signed URL that serves audio",
    async (recordingShape) => {
      sim().setFaults({ recordingShape });
      try {
        const url = await clientFor(sim()).getRecordingUrl(recording());
        expect(url.startsWith(`${sim().url}/nkrecord/`)).toBe(true);
        const audio = await fetch(url, { headers: { range: "bytes=0-99" } });
        expect(audio.status).toBe(206);
        expect(audio.headers.get("content-type")).toMatch(/^audio\//);
      } finally {
        sim().setFaults({ recordingShape: "media" });
      }
    },
  );

  it("a 2xx without a URL is a protocol error that does not echo the body", async () => {
    const text = "nothing-here-7c1d";
    const server = await serveOnce(text);
    try {
      const error = await caught(() => clientFor(sim(), { baseUrl: server.url }).getRecordingUrl("x.mp3"));
      expect(error).toBeInstanceOf(AntringProtocolError);
      expect(String(error)).not.toContain(text);
    } finally {
      await server.close();
    }
  });
});

describe("auth_token request", () => {
  it("is sent with a JSON content type and an empty JSON body, as documented", async () => {
    const seen: { contentType: string | null; body: unknown }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.url.includes("/auth_token")) {
        seen.push({ contentType: request.headers.get("content-type"), body: await request.clone().text() });
      }
      return fetch(request);
    };
    const token = await clientFor(sim(), { fetch: recordingFetch }).getAuthToken();
    expect(token.value.length).toBeGreaterThan(0);
    expect(seen).toEqual([{ contentType: "application/json", body: "{}" }]);
  });
});

/** A one-route HTTP server answering 200 with `text`: a stand-in for an answer the simulator never gives. */
async function serveOnce(text: string): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import("node:http");
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end(text));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
