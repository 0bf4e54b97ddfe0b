import { describe, expect, it } from "vitest";
import {
  decodeSio09,
  describeSio09Error,
  encodeSio09,
  encodeSio09Event,
  parseSio09Handshake,
  sio09Ack,
  sio09Event,
} from "./sio09-framing";

describe("Socket.IO 0.9 framing", () => {
  it("encodes the frames the client sends, as the spec writes them", () => {
    expect(encodeSio09({ type: "heartbeat", endpoint: "" })).toBe("2::");
    expect(encodeSio09({ type: "disconnect", endpoint: "" })).toBe("0::");
    expect(encodeSio09({ type: "message", id: "1", endpoint: "", data: "hi" })).toBe("3:1::hi");
    expect(encodeSio09Event("subscribe", [{ auth_token: "t", binding: "call.CHANNEL_CREATE.*" }])).toBe(
      '5:::{"name":"subscribe","args":[{"auth_token":"t","binding":"call.CHANNEL_CREATE.*"}]}',
    );
    expect(encodeSio09Event("subscribe", [1], "7")).toBe('5:7+::{"name":"subscribe","args":[1]}');
  });

  it("decodes every frame type, with ids, endpoints and data containing colons", () => {
    expect(decodeSio09("1::")).toEqual([{ type: "connect", endpoint: "" }]);
    expect(decodeSio09("1::/chat")).toEqual([{ type: "connect", endpoint: "/chat" }]);
    expect(decodeSio09("2::")).toEqual([{ type: "heartbeat", endpoint: "" }]);
    expect(decodeSio09('5:12+::{"name":"a:b","args":[]}')).toEqual([
      { type: "event", id: "12", ackData: true, endpoint: "", data: '{"name":"a:b","args":[]}' },
    ]);
    expect(decodeSio09("6:::4+[1]")).toEqual([{ type: "ack", endpoint: "", data: "4+[1]" }]);
    expect(decodeSio09("7:::2+0")).toEqual([{ type: "error", endpoint: "", data: "2+0" }]);
    expect(decodeSio09("8::")).toEqual([{ type: "noop", endpoint: "" }]);
  });

  it("round-trips what it encodes", () => {
    const packet = { type: "json" as const, id: "3", ackData: false, endpoint: "/x", data: '{"a":"b:c"}' };
    expect(decodeSio09(encodeSio09(packet))).toEqual([packet]);
  });

  it("splits joined frames and skips malformed ones without throwing", () => {
    expect(decodeSio09("\ufffd3\ufffd2::\ufffd5\ufffd3:::a\ufffd")).toEqual([
      { type: "heartbeat", endpoint: "" },
      { type: "message", endpoint: "", data: "a" },
    ]);
    for (const junk of ["", "9::", "x", "5", "\ufffdzz\ufffd2::", '{"a":1}'])
      expect(() => decodeSio09(junk)).not.toThrow();
    expect(decodeSio09("9::")).toEqual([]);
    expect(decodeSio09("hello")).toEqual([]);
  });

  it("reads events and acks, refusing payloads that are not theirs", () => {
    const [event] = decodeSio09('5:::{"name":"CHANNEL_CREATE","args":[{"Call-ID":"c1"}]}');
    expect(sio09Event(event!)).toEqual({ name: "CHANNEL_CREATE", args: [{ "Call-ID": "c1" }] });
    expect(sio09Event({ type: "event", endpoint: "", data: "not json" })).toBeNull();
    expect(sio09Event({ type: "event", endpoint: "", data: '{"args":[]}' })).toBeNull();
    expect(sio09Event({ type: "message", endpoint: "", data: '{"name":"x"}' })).toBeNull();
    expect(sio09Ack({ type: "ack", endpoint: "", data: '4+[{"status":"success"}]' })).toEqual({
      id: "4",
      args: [{ status: "success" }],
    });
    expect(sio09Ack({ type: "ack", endpoint: "", data: "4" })).toEqual({ id: "4", args: [] });
    expect(sio09Ack({ type: "ack", endpoint: "", data: "x+[]" })).toBeNull();
  });

  it("words error packets and parses the handshake answer", () => {
    expect(describeSio09Error("2+0")).toBe("unauthorized (advice: reconnect)");
    expect(describeSio09Error("1")).toBe("client not handshaken");
    expect(describeSio09Error("failed to authenticate token")).toBe("failed to authenticate token");
    expect(describeSio09Error(undefined)).toBe("unspecified error");
    expect(parseSio09Handshake("4d4f185e96a7b:15:10:websocket,xhr-polling")).toEqual({
      sid: "4d4f185e96a7b",
      heartbeatTimeoutS: 15,
      closeTimeoutS: 10,
      transports: ["websocket", "xhr-polling"],
    });
    expect(parseSio09Handshake("4d4f:::xhr-polling")).toMatchObject({
      heartbeatTimeoutS: 0,
      transports: ["xhr-polling"],
    });
    expect(parseSio09Handshake("Welcome to socket.io.")).toBeNull();
    expect(parseSio09Handshake('0{"sid":"x"}')).toBeNull();
  });
});
