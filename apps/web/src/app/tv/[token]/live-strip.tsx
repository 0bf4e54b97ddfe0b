import type { Messages } from "~/i18n/messages";
import type { WallFormat } from "./format";
import styles from "./wallboard.module.css";
import type { LiveBoardView } from "./wallboard-types";

/** How many live calls fit across the screen. */
const SHOWN = 4;

/** Calls ringing or in progress (the latest few; a count of the rest), with how long each has been in its state. */
export function LiveStrip({
  live,
  now,
  m,
  f,
}: {
  live: LiveBoardView;
  now: number;
  m: Messages["tv"];
  f: WallFormat;
}) {
  const ringing = live.calls.filter((c) => c.state === "ringing").length;
  const answered = live.calls.length - ringing;
  return (
    <section className={styles.live} aria-label={m.live.title} data-testid="live-calls">
      <div className={styles.liveCounts}>
        <span>{m.live.title}</span>
        <span>
          <strong data-testid="live-ringing">{f.count(ringing)}</strong> {m.live.ringing}
        </span>
        <span>
          <strong data-testid="live-answered">{f.count(answered)}</strong> {m.live.answered}
        </span>
      </div>
      {live.calls.length === 0 ? (
        <p className={styles.liveEmpty}>{live.connected ? m.live.none : m.live.feedDown}</p>
      ) : (
        <ul className={styles.liveCalls}>
          {live.calls.slice(-SHOWN).map((call) => {
            const customer = call.direction === "from_ab" ? call.callee : call.caller;
            const ours = call.agent ?? call.did ?? (call.direction === "from_ab" ? call.caller : call.callee);
            return (
              <li
                key={call.callId}
                className={styles.liveCall}
                data-state={call.state}
                data-testid="live-call"
              >
                <span className={styles.liveCallNumber}>{customer || "–"}</span>
                <span className={styles.liveCallMeta}>
                  {call.direction === "from_ab" ? m.live.outbound : m.live.inbound}
                  {ours ? ` · ${ours}` : ""}
                </span>
                <span>
                  {call.state === "ringing" ? m.live.ringing : m.live.answered} ·{" "}
                  {f.duration((now - call.since.getTime()) / 1000)}
                </span>
              </li>
            );
          })}
          {live.calls.length > SHOWN ? (
            <li className={styles.liveMore} data-testid="live-more">
              +{f.count(live.calls.length - SHOWN)}
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
