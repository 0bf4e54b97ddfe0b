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
      format={(n) => f.count(n)}
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
      format={(n) => f.count(n)}
      items={board.dids.map((d) => ({
        key: d.did,
        label: d.did,
        value: d.calls,
        note: `${m.dids.answered} ${f.count(d.answered)}`,
      }))}
    />
  );
}

/** Today's leaderboards: inbound work (answered) and outbound work (calls placed) ranked apart. */
export function AgentsPanel({ board, m, f }: PanelProps) {
  const a = m.agents;
  if (board.agentsInbound.length === 0 && board.agentsOutbound.length === 0) {
    return <p className={styles.empty}>{a.empty}</p>;
  }
  return (
    <div className={styles.boards}>
      <Leaderboard
        title={a.inbound}
        testId="leaderboard-inbound"
        headers={[a.answered, a.missed, a.avgTalk]}
        rows={board.agentsInbound.map((r) => ({
          agent: r.agent,
          cells: [
            f.count(r.answered),
            f.count(r.missed),
            r.avgTalkSeconds === null ? "–" : f.duration(r.avgTalkSeconds),
          ],
        }))}
        agentLabel={a.agent}
      />
      <Leaderboard
        title={a.outbound}
        testId="leaderboard-outbound"
        headers={[a.attempts, a.connected, a.connectRate, a.talk]}
        rows={board.agentsOutbound.map((r) => ({
          agent: r.agent,
          cells: [
            f.count(r.attempts),
            f.count(r.connected),
            r.connectRate === null ? "–" : f.percent(r.connectRate),
            f.duration(r.talkSeconds),
          ],
        }))}
        agentLabel={a.agent}
      />
    </div>
  );
}

function Leaderboard({
  title,
  testId,
  headers,
  rows,
  agentLabel,
}: {
  title: string;
  testId: string;
  headers: string[];
  rows: { agent: string; cells: string[] }[];
  agentLabel: string;
}) {
  return (
    <section className={styles.board} data-testid={testId}>
      <h3 className={styles.boardTitle}>{title}</h3>
      <table className={styles.table}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.rank}>
              #
            </th>
            <th scope="col">{agentLabel}</th>
            {headers.map((header) => (
              <th key={header} scope="col" className={styles.num}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.agent}>
              <td className={styles.rank}>{i + 1}</td>
              <td>{row.agent}</td>
              {row.cells.map((cell, c) => (
                <td key={headers[c]} className={styles.num}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
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
