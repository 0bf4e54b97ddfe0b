import type { WallboardCallbacks } from "@antdash/api";
import { caseAge } from "~/format/case-age";
import { fillTemplate } from "~/filters/fill-template";
import type { Messages } from "~/i18n/messages";
import { MissedPanel } from "./breakdown-panels";
import type { WallFormat } from "./format";
import type { WallboardSnapshot } from "./wallboard-types";
import styles from "./wallboard.module.css";

/**
 * The case-based call-back backlog at the top of the missed-calls panel: customers waiting now (whatever day they
 * first called: a case does not restart at midnight), since when the oldest waits, and today's cases reached.
 */
export function CallbacksBacklog({
  callbacks,
  now,
  m,
  f,
}: {
  callbacks: WallboardCallbacks;
  /** The server's clock (ms), as the wall shows it. */
  now: number;
  m: Pick<Messages["callbacks"], "tv" | "age">;
  f: WallFormat;
}) {
  const t = m.tv;
  // The oldest case may be days old: its age reads better on a wall than a time without a date.
  const oldest = callbacks.oldestOpenAt ? caseAge(callbacks.oldestOpenAt, new Date(now)) : null;
  if (callbacks.openBacklog === 0 && callbacks.openedToday === 0) return null;
  return (
    <div data-testid="callbacks-backlog" data-open={callbacks.openBacklog}>
      <p className={styles.summaryLine}>
        <strong>{f.count(callbacks.openBacklog)}</strong>
        {t.waiting}
        {oldest ? ` · ${t.oldest}: ${fillTemplate(m.age[oldest.unit], { n: f.count(oldest.n) })}` : null}
      </p>
      <p className={styles.tileNote}>
        {t.openedToday}: {f.count(callbacks.openedToday)} · {t.reachedToday}:{" "}
        {f.count(callbacks.reachedToday)}
        {callbacks.medianSecondsToReachToday !== null
          ? ` · ${t.medianToday}: ${f.duration(callbacks.medianSecondsToReachToday)}`
          : null}
      </p>
    </div>
  );
}

export interface CallbacksWords {
  callbacks: Pick<Messages["callbacks"], "tv" | "age">;
}

/**
 * The wall's call-back panel: the case backlog first (it spans days), then today's unanswered numbers below it
 * when there are any (or the "nothing waiting" message when neither has anything).
 */
export function CallbacksPanel({
  board,
  now,
  m,
  words,
  f,
}: {
  board: WallboardSnapshot;
  now: number;
  m: Messages["tv"];
  words: CallbacksWords;
  f: WallFormat;
}) {
  const showList = board.missed.total > 0 || board.callbacks.openBacklog === 0;
  return (
    <div>
      <CallbacksBacklog callbacks={board.callbacks} now={now} m={words.callbacks} f={f} />
      {showList ? <MissedPanel board={board} m={m} f={f} /> : null}
    </div>
  );
}
