import type { ChannelEvent } from "./bindings";
import { kazooFrame, type LiveCall } from "./kazoo-events";
import type { LiveHub } from "./live-hub";

export type LiveCallState = "ringing" | "answered";

/**
 * Sends call events to subscribers and remembers what they said: the calls in progress (`liveCalls`).
 * The hub is attached once the HTTP server listens; events before that only update the ledger.
 */
export class LiveSignals {
  private hub: LiveHub | undefined;
  private readonly calls = new Map<string, LiveCallState>();

  constructor(private readonly accountId: string) {}

  attach(hub: LiveHub): void {
    this.hub = hub;
  }

  publish(event: ChannelEvent, call: LiveCall, atMs: number): void {
    if (event === "CHANNEL_DESTROY") this.calls.delete(call.callId);
    else this.calls.set(call.callId, event === "CHANNEL_CREATE" ? "ringing" : "answered");
    this.hub?.publish(event, call.callId, () => kazooFrame(event, call, this.accountId, atMs));
  }

  liveCalls(): { callId: string; state: LiveCallState }[] {
    return [...this.calls].map(([callId, state]) => ({ callId, state }));
  }
}
