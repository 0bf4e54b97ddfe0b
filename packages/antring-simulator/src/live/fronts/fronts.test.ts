// The hand-written fronts at the wire level, with raw HTTP and `ws` (no antring-core): Socket.IO 0.9's handshake
// and frames, Kazoo WebSocket's replies, and each refusal form; plus the Socket.IO 2 front with socket.io-client 2.
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { startSimulator } from "../../simulator";
import { authToken, ioV2 } from "../../test/live";
import type { RunningSimulator, SimulatorOptions } from "../../types";

const CREATE = "call.CHANNEL_CREATE.*";

/** A raw websocket that records its text messages and how it closed. */
async function open(url: string): Promise<{
  ws: WebSocket;
  messages: string[];
  closed: Promise<number>;
  next(match: (m: string) => boolean): Promise<string>;
}> {
  const ws = new WebSocket(url);
  const messages: string[] = [];
  ws.on("message", (data: Buffer) => messages.push(data.toString()));
  const closed = new Promise<number>((resolve) => ws.on("close", (code: number) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const next = async (match: (m: string) => boolean): Promise<string> => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const found = messages.find(match);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no matching message in ${JSON.stringify(messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { ws, messages, closed, next };
}

describe("live fronts on the wire", () => {
  const sims: RunningSimulator[] = [];
  const start = async (options: SimulatorOptions): Promise<RunningSimulator> => {
    const sim = await startSimulator({ callsPerDay: 20, historyDays: 1, liveSignals: false, ...options });
    sims.push(sim);
    return sim;
  };
  afterEach(async () => {
    for (const sim of sims.splice(0)) await sim.close();
  });

  it("sio09: hands out a session at /socket.io/1/, speaks 0.9 frames, and refuses other protocols' requests", async () => {
    const sim = await start({ liveProtocol: "sio09" });
    const handshake = await fetch(`${sim.url}/socket.io/1/?t=1`);
    const body = await handshake.text();
    expect(handshake.status).toBe(200);
    expect(body).toMatch(/^[0-9a-f]{20}:60:60:websocket$/);
    const engineIo = await fetch(`${sim.url}/socket.io/?EIO=4&transport=polling`);
    expect(engineIo.status).toBe(200);
    expect(await engineIo.text()).toBe("Welcome to socket.io.");
    expect((await fetch(`${sim.url}/socket.io/2/?t=1`)).status).toBe(500);
    await expect(open(`${sim.url.replace("http", "ws")}/socket.io/1/websocket/unknown`)).rejects.toThrow(
      /403/,
    );

    const sid = body.split(":")[0]!;
    const client = await open(`${sim.url.replace("http", "ws")}/socket.io/1/websocket/${sid}`);
    await client.next((m) => m === "1::");
    client.ws.send(
      `5:1+::${JSON.stringify({ name: "subscribe", args: [{ auth_token: await authToken(sim), binding: CREATE }] })}`,
    );
    expect(await client.next((m) => m.startsWith("6:::"))).toBe('6:::1+[{"status":"success"}]');
    const placed = sim.placeCall({ ringSeconds: 0, talkSeconds: 0 });
    const event = JSON.parse((await client.next((m) => m.startsWith("5:::"))).slice(4)) as {
      name: string;
      args: [{ name: string; args: { "Call-ID": string } }];
    };
    expect(event.name).toBe("CHANNEL_CREATE");
    // As on every Socket.IO front: the event's argument is the Kazoo frame `{ name, args }`.
    expect(event.args[0].name).toBe("CHANNEL_CREATE");
    expect(event.args[0].args["Call-ID"]).toBe(placed.callId);
    client.ws.close();
  });

  it.each([
    [
      "error",
      /^5:::\{"name":"error","args":\[\{"status":"error","message":"failed to authenticate token"\}\]\}$/,
      1000,
    ],
    [
      "auth_failure",
      /^5:::\{"name":"auth_failure","args":\[\{"message":"invalid or expired auth token"\}\]\}$/,
      null,
    ],
    ["drop", null, 1006],
  ] as const)("sio09: refuses a bad token by %s", async (liveRefusal, frame, closeCode) => {
    const sim = await start({ liveProtocol: "sio09", liveRefusal });
    const sid = (await (await fetch(`${sim.url}/socket.io/1/`)).text()).split(":")[0]!;
    const client = await open(`${sim.url.replace("http", "ws")}/socket.io/1/websocket/${sid}`);
    client.ws.send(
      `5:::${JSON.stringify({ name: "subscribe", args: [{ auth_token: "guessed", binding: CREATE }] })}`,
    );
    if (frame !== null) expect(await client.next((m) => m.startsWith("5:::"))).toMatch(frame);
    if (closeCode !== null) expect(await client.closed).toBe(closeCode);
    else expect(client.ws.readyState).toBe(WebSocket.OPEN);
    if (liveRefusal === "error") expect(client.messages).toContain("0::");
    client.ws.close();
  });

  it("kazoo-ws: replies to subscribe by request_id, sends events with their routing key, refuses in each form", async () => {
    const sim = await start({ liveProtocol: "kazoo-ws" });
    expect((await fetch(`${sim.url}/socket.io/1/`)).status).toBe(404);
    const client = await open(sim.url.replace("http", "ws"));
    const subscribe = (token: string, requestId: string): void =>
      client.ws.send(
        JSON.stringify({
          action: "subscribe",
          auth_token: token,
          request_id: requestId,
          data: { account_id: "acc", binding: CREATE },
        }),
      );
    subscribe(await authToken(sim), "r1");
    expect(JSON.parse(await client.next((m) => m.includes('"r1"')))).toEqual({
      action: "reply",
      request_id: "r1",
      status: "success",
      data: {},
    });
    expect(sim.liveSubscribers()).toEqual([{ accountId: "acc", bindings: [CREATE] }]);
    const placed = sim.placeCall({ ringSeconds: 0, talkSeconds: 0 });
    const event = JSON.parse(await client.next((m) => m.includes('"event"'))) as Record<string, unknown>;
    expect(event).toMatchObject({
      action: "event",
      name: "CHANNEL_CREATE",
      subscribed_key: CREATE,
      routing_key: `call.CHANNEL_CREATE.${placed.callId}`,
    });
    expect(event.data).toMatchObject({ "Call-ID": placed.callId });

    sim.setLiveRefusal("auth_failure");
    subscribe("guessed", "r2");
    expect(JSON.parse(await client.next((m) => m.includes('"r2"')))).toEqual({
      action: "auth_failure",
      request_id: "r2",
      data: { message: "invalid or expired auth token" },
    });
    sim.setLiveRefusal("error");
    subscribe("guessed", "r3");
    expect(JSON.parse(await client.next((m) => m.includes('"r3"')))).toMatchObject({
      action: "reply",
      request_id: "r3",
      status: "error",
      data: { message: "failed to authenticate token" },
    });
    expect(await client.closed).toBe(1000);
  });

  it("sio2: serves socket.io-client 2 and sends `error`, which 2.x reserves, as a real event", async () => {
    const sim = await start({ liveProtocol: "sio2" });
    const socket = ioV2(sim.liveUrl, { forceNew: true, reconnection: false, transports: ["websocket"] });
    const errors: unknown[] = [];
    const reasons: string[] = [];
    socket.on("error", (payload: unknown) => errors.push(payload));
    socket.on("disconnect", (reason: string) => reasons.push(reason));
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("connect_error", reject);
    });
    const ack = await new Promise<unknown>((resolve) =>
      socket.emit("subscribe", { auth_token: "guessed", binding: CREATE }, resolve),
    );
    expect(ack).toEqual({ status: "error", message: "failed to authenticate token" });
    const deadline = Date.now() + 5_000;
    while (reasons.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errors).toEqual([{ status: "error", message: "failed to authenticate token" }]);
    expect(reasons).toEqual(["io server disconnect"]);
    socket.close();
  });
});
