import type { ChannelEvent } from "./bindings";
import { kazooFrame, type KazooFrame, type LiveCall } from "./kazoo-events";

/** Where events go: the live socket hub (or, in unit tests, a recorder). */
export interface SignalSink {
  /** `frame` builds the event; a sink calls it only if someone wants the event. */
  publish(event: ChannelEvent, callId: string, frame: () => KazooFrame): void;
}

export type LiveCallState = "ringing" | "answered";

/**
 * Sends call events to subscribers and remembers what they said: the calls in progress (`liveCalls`).
 * The sink (the socket hub) is attached once the HTTP server listens; events before that only update the ledger.
 */
export class LiveSignals {
  private sink: SignalSink | undefined;
  private readonly calls = new Map<string, LiveCallState>();

  constructor(private readonly accountId: string) {}

  attach(sink: SignalSink): void {
    this.sink = sink;
  }

  publish(event: ChannelEvent, call: LiveCall, atMs: number): void {
    if (event === "CHANNEL_DESTROY") this.calls.delete(call.callId);
    else this.calls.set(call.callId, event === "CHANNEL_CREATE" ? "ringing" : "answered");
    this.sink?.publish(event, call.callId, () => kazooFrame(event, call, this.accountId, atMs));
  }

  liveCalls(): { callId: string; state: LiveCallState }[] {
    return [...this.calls].map(([callId, state]) => ({ callId, state }));
  }
}
