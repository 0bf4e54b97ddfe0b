import type { Messages } from "~/i18n/messages";
import type { LiveFeedState } from "~/server/live/live-calls";

/** Protocol names as the README and `pnpm cli doctor` give them. */
const PROTOCOL_NAMES = {
  sio4: "Socket.IO 4",
  sio2: "Socket.IO 2",
  sio09: "Socket.IO 0.9",
  "kazoo-ws": "Kazoo WebSocket",
} as const;

/** One line on the sync page: whether this server hears live calls, over which protocol, and why not. */
export function LiveFeedLine({
  feed,
  messages: m,
}: {
  feed: LiveFeedState;
  messages: Messages["sync"]["live"];
}) {
  const protocol =
    feed.protocol === null ? null : `${m.protocol} ${PROTOCOL_NAMES[feed.protocol]} (${feed.protocol})`;
  return (
    <p
      className="notice"
      data-testid="live-feed-status"
      data-state={feed.state}
      data-protocol={feed.protocol ?? ""}
    >
      {m.label}: {m.states[feed.state]}
      {protocol === null ? null : `, ${protocol}`}
      {feed.state !== "connected" && feed.reason !== null ? ` — ${m.reason}: ${feed.reason}` : null}
    </p>
  );
}
