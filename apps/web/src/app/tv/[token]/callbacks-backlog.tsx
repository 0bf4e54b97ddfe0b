import type { WallboardCallbacks } from "@antdash/api";
import { caseAge } from "~/app/(dashboard)/callbacks/case-format";
import { fillTemplate } from "~/filters/fill-template";
import type { Messages } from "~/i18n/messages";
import type { WallFormat } from "./format";
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
  if (callbacks.openBacklog === 0 && callbacks.openedToday === 0) {
    return <p className={styles.empty}>{t.empty}</p>;
  }
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
