import { bindingMatches, isCallBinding, requestedBindings, routingKey, type ChannelEvent } from "./bindings";
import type { KazooFrame } from "./kazoo-events";
import type { LiveRefusal } from "./live-options";
import type { LivePeer, PeerRegistry, PeerSession, SubscribeReply } from "./live-peer";
import type { SignalSink } from "./live-signals";
import type { LiveTokenRegistry } from "./live-tokens";

/** Messages as Kazoo's blackhole words them (its troubleshooting docs). */
const TOKEN_REFUSED = "failed to authenticate token";
const UNKNOWN_BINDING = "no available subscriptions to requested binding";
/** The message of an `auth_failure` (the simulator's wording). */
const AUTH_FAILURE_MESSAGE = "invalid or expired auth token";

/**
 * The live call-signal subscriptions, whatever protocol front the clients came through. A client subscribes
 * with `{ account_id, auth_token, binding }` (or `bindings: [...]`); a token not issued by auth_token, or
 * expired, is refused in the configured way (`refusal`). Any account_id is accepted: AntRing does not document
 * where it comes from.
 */
export class LiveHub implements SignalSink, PeerRegistry {
  private readonly subscriptions = new Map<LivePeer, Set<string>>();
  /** The account_id of each peer's last accepted subscribe (null: none sent). */
  private readonly accounts = new Map<LivePeer, string | null>();
  refusal: LiveRefusal;

  constructor(
    private readonly tokens: LiveTokenRegistry,
    private readonly now: () => number,
    refusal: LiveRefusal = "error",
  ) {
    this.refusal = refusal;
  }

  connect(peer: LivePeer): PeerSession {
    const bindings = new Set<string>();
    this.subscriptions.set(peer, bindings);
    return {
      subscribe: (payload) => this.subscribe(peer, bindings, asRecord(payload)),
      unsubscribe: (payload) => {
        for (const binding of requestedBindings(asRecord(payload)))
          if (typeof binding === "string") bindings.delete(binding);
      },
      closed: () => {
        this.subscriptions.delete(peer);
        this.accounts.delete(peer);
      },
    };
  }

  /** The connections now subscribed: their bindings and the account_id they sent. */
  subscribers(): { accountId: string | null; bindings: string[] }[] {
    return [...this.subscriptions]
      .filter(([, bindings]) => bindings.size > 0)
      .map(([peer, bindings]) => ({
        accountId: this.accounts.get(peer) ?? null,
        bindings: [...bindings].sort(),
      }));
  }

  /** Sends the event to every peer with a matching binding; the frame is built only if one matches. */
  publish(event: ChannelEvent, callId: string, frame: () => KazooFrame): void {
    const key = routingKey(event, callId);
    let built: KazooFrame | undefined;
    for (const [peer, bindings] of this.subscriptions) {
      for (const binding of bindings) {
        if (bindingMatches(binding, key)) {
          built ??= frame();
          peer.sendEvent(event, built, binding);
          break;
        }
      }
    }
  }

  private subscribe(
    peer: LivePeer,
    bindings: Set<string>,
    fields: Record<string, unknown>,
  ): SubscribeReply | undefined {
    if (!this.tokens.isValid(fields.auth_token, this.now())) return this.refuse(peer);
    this.accounts.set(peer, typeof fields.account_id === "string" ? fields.account_id : null);
    let refused = false;
    for (const binding of requestedBindings(fields)) {
      if (isCallBinding(binding)) {
        bindings.add(binding);
      } else {
        refused = true;
        peer.sendError({ status: "error", message: UNKNOWN_BINDING, binding: String(binding).slice(0, 200) });
      }
    }
    return refused ? { status: "error", message: UNKNOWN_BINDING } : { status: "success" };
  }

  /** A refused token, answered in the configured form; only the `error` form answers the subscribe itself. */
  private refuse(peer: LivePeer): SubscribeReply | undefined {
    switch (this.refusal) {
      case "error":
        peer.sendError({ status: "error", message: TOKEN_REFUSED });
        setImmediate(() => peer.disconnect());
        return { status: "error", message: TOKEN_REFUSED };
      case "auth_failure":
        peer.sendAuthFailure(AUTH_FAILURE_MESSAGE);
        return undefined;
      case "drop":
        peer.drop();
        return undefined;
    }
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
