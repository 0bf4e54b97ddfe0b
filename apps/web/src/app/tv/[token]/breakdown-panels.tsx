import type { Messages } from "~/i18n/messages";
import { BarList } from "./bar-list";
import type { WallFormat } from "./format";
import styles from "./wallboard.module.css";
import type { WallboardSnapshot } from "./wallboard-types";

interface PanelProps {
  board: WallboardSnapshot;
  m: Messages["tv"];
  f: WallFormat;
}

/** Today's calls by outcome, with each one's share. */
export function StatusPanel({ board, m, f }: PanelProps) {
  const total = board.kpis.total;
  return (
    <BarList
      label={m.panels.status}
      format={f.count}
      items={board.statusMix.map((s) => ({
        key: s.status,
        label: m.statuses.any[s.status],
        value: s.calls,
        status: s.status,
        note: total ? f.percent(s.calls / total) : undefined,
      }))}
    />
  );
}

/** The busiest DIDs today, with how many of their calls were answered. */
export function DidsPanel({ board, m, f }: PanelProps) {
  if (board.dids.length === 0) return <p className={styles.empty}>{m.dids.empty}</p>;
  return (
    <BarList
      label={m.panels.dids}
      format={f.count}
      items={board.dids.map((d) => ({
        key: d.did,
        label: d.did,
        value: d.calls,
        note: `${m.dids.answered} ${f.count(d.answered)}`,
      }))}
    />
  );
}

/** Agents by calls answered today. */
export function AgentsPanel({ board, m, f }: PanelProps) {
  if (board.agents.length === 0) return <p className={styles.empty}>{m.agents.empty}</p>;
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{m.panels.agents}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.rank}>
            #
          </th>
          <th scope="col">{m.agents.agent}</th>
          <th scope="col" className={styles.num}>
            {m.agents.answered}
          </th>
          <th scope="col" className={styles.num}>
            {m.agents.calls}
          </th>
          <th scope="col" className={styles.num}>
            {m.agents.talk}
          </th>
          <th scope="col" className={styles.num}>
            {m.agents.avgTalk}
          </th>
        </tr>
      </thead>
      <tbody>
        {board.agents.map((a, i) => (
          <tr key={a.agent}>
            <td className={styles.rank}>{i + 1}</td>
            <td>{a.agent}</td>
            <td className={styles.num}>{f.count(a.answered)}</td>
            <td className={styles.num}>{f.count(a.calls)}</td>
            <td className={styles.num}>{f.duration(a.talkSeconds)}</td>
            <td className={styles.num}>{f.duration(a.avgTalkSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Numbers whose calls today went unanswered and who have not been called back yet. */
export function MissedPanel({ board, m, f }: PanelProps) {
  const { total, callers } = board.missed;
  if (total === 0) return <p className={styles.empty}>{m.missed.empty}</p>;
  return (
    <div>
      <p className={styles.summaryLine} data-testid="missed-total">
        <strong>{f.count(total)}</strong>
        {m.missed.waiting}
      </p>
      <table className={styles.table}>
        <caption className="visually-hidden">{m.panels.missed}</caption>
        <thead>
          <tr>
            <th scope="col">{m.missed.number}</th>
            <th scope="col">{m.missed.lastAt}</th>
            <th scope="col" className={styles.num}>
              {m.missed.attempts}
            </th>
            <th scope="col">{m.missed.did}</th>
          </tr>
        </thead>
        <tbody>
          {callers.map((c) => (
            <tr key={c.number}>
              <td>{c.number}</td>
              <td>{f.time(c.lastAt)}</td>
              <td className={styles.num}>{f.count(c.attempts)}</td>
              <td>{c.did ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > callers.length ? (
        <p className={styles.tileNote}>
          {m.missed.more}: {f.count(total - callers.length)}
        </p>
      ) : null}
    </div>
  );
}
