import type { ChannelEvent } from "./bindings";
import type { KazooFrame } from "./kazoo-events";

/** The answer to a subscribe, as Kazoo words it; sent only when the protocol has a way (ack or reply). */
export interface SubscribeReply {
  status: "success" | "error";
  message?: string;
}

/** One client connection, whatever the protocol: how the hub talks to it. */
export interface LivePeer {
  sendEvent(event: ChannelEvent, frame: KazooFrame, binding: string): void;
  /** An `error` message, in this protocol's form. */
  sendError(payload: Record<string, unknown>): void;
  /** An `auth_failure` message, in this protocol's form. */
  sendAuthFailure(message: string): void;
  /** Ends the connection with a goodbye (the server hangs up). */
  disconnect(): void;
  /** Cuts the transport without a word (a network drop, or a silent refusal). */
  drop(): void;
}

/** What a front hands the hub for each connection, and the hub's handlers for what the client sends. */
export interface PeerSession {
  /** `subscribe` with `{auth_token, account_id?, binding | bindings}`. Returns the reply to send, if any. */
  subscribe(payload: unknown): SubscribeReply | undefined;
  unsubscribe(payload: unknown): void;
  /** The connection is gone. */
  closed(): void;
}

/** Where fronts register connections. */
export interface PeerRegistry {
  connect(peer: LivePeer): PeerSession;
}

/** A protocol front on the simulator's HTTP server. */
export interface LiveFront {
  /** Cuts every connection at the transport; returns how many. */
  dropAll(): number;
  close(): void;
}
