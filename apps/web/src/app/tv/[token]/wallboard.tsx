"use client";

import type { Messages } from "~/i18n/messages";
import { AlertsBanner } from "./alerts-banner";
import { AgentsPanel, DidsPanel, StatusPanel } from "./breakdown-panels";
import { CallbacksPanel, type CallbacksWords } from "./callbacks-backlog";
import { wallFormat } from "./format";
import { HourlyPanel } from "./hourly-panel";
import { KpiPanel } from "./kpi-panel";
import { LiveStrip } from "./live-strip";
import { PANELS, type PanelId } from "./rotation";
import { staleness } from "./staleness";
import { useRotation } from "./use-rotation";
import { useServerNow, useWallboard } from "./use-wallboard";
import styles from "./wallboard.module.css";
import type { LiveBoardView, WallboardSnapshot } from "./wallboard-types";

export interface WallboardProps {
  token: string;
  displayName: string;
  initial: WallboardSnapshot;
  initialLive: LiveBoardView;
  rotateSeconds: number;
  locale: string;
  intlLocale: string;
  m: Messages["tv"];
  words: CallbacksWords;
  alertKinds: Messages["alerts"]["kinds"];
}

/** Panels whose numbers are past a threshold (red): the rotation holds on them. */
function breachedPanels(board: WallboardSnapshot): PanelId[] {
  const { serviceLevel, asa, abandonRate, inboundAnswerRate } = board.tiles;
  return [serviceLevel, asa, abandonRate, inboundAnswerRate].includes("red") ? ["kpis"] : [];
}

/** The wall screen: a rotating panel, the live calls under it, freshness and the clock above. */
export function Wallboard(props: WallboardProps) {
  const { m } = props;
  const {
    snapshot: board,
    live,
    connection,
    refused,
    clockOffsetMs,
  } = useWallboard(props.token, props.initial, props.initialLive);
  const now = useServerNow(clockOffsetMs, props.initial.at);
  const breached = breachedPanels(board);
  const panel = useRotation(props.rotateSeconds * 1000, breached);
  const f = wallFormat(props.intlLocale, board.timeZone);
  if (refused) return <Refused m={m} />;

  const stale = staleness(board.freshness, board.thresholds.staleDataMinutes, now);
  const held = breached.includes(panel);
  return (
    <div
      className={styles.wall}
      lang={props.locale}
      data-stale={stale.stale}
      data-panel={panel}
      data-testid="wallboard"
    >
      <header className={styles.header}>
        <h1 className={styles.panelTitle} data-testid="panel-title">
          {m.panels[panel]}
        </h1>
        <span className={styles.displayName}>{props.displayName}</span>
        <div className={styles.headerRight}>
          <span data-testid="data-as-of">
            {m.freshness.dataAsOf}{" "}
            {board.freshness.lastSyncAt ? f.clock(board.freshness.lastSyncAt) : m.freshness.never}
          </span>
          <span>
            {m.freshness.newestCall}{" "}
            {board.freshness.newestCallAt ? f.time(board.freshness.newestCallAt) : m.freshness.never}
          </span>
          <span className={styles.clock}>{f.time(new Date(now))}</span>
        </div>
      </header>
      <div className={styles.bannerSlot} aria-live="polite">
        <AlertsBanner alerts={board.alerts} kinds={props.alertKinds} m={m.alerts} f={f} />
        {stale.stale ? (
          <p className={styles.banner} role="status" data-testid="stale-banner" data-reason={stale.reason}>
            {stale.reason === "sync" ? m.freshness.staleSync : m.freshness.staleCalls}{" "}
            {stale.since ? f.time(stale.since) : m.freshness.never}
          </p>
        ) : null}
        {connection === "reconnecting" ? (
          <p className={`${styles.banner} ${styles.bannerQuiet}`} data-testid="reconnecting">
            {m.freshness.reconnecting}
          </p>
        ) : null}
      </div>
      <div className={styles.stage}>
        <section className={styles.panel} aria-labelledby="wall-panel-title" data-testid={`panel-${panel}`}>
          <span id="wall-panel-title" className="visually-hidden">
            {m.panels[panel]}
          </span>
          {panel === "kpis" ? <KpiPanel board={board} m={m} f={f} /> : null}
          {panel === "hourly" ? <HourlyPanel board={board} m={m} intlLocale={props.intlLocale} /> : null}
          {panel === "status" ? <StatusPanel board={board} m={m} f={f} /> : null}
          {panel === "dids" ? <DidsPanel board={board} m={m} f={f} /> : null}
          {panel === "agents" ? <AgentsPanel board={board} m={m} f={f} /> : null}
          {panel === "missed" ? (
            <CallbacksPanel board={board} now={now} m={m} words={props.words} f={f} />
          ) : null}
        </section>
        <LiveStrip live={live} now={now} m={m} f={f} />
      </div>
      <footer className={styles.footer}>
        <span className="visually-hidden">
          {m.rotation.panel} {PANELS.indexOf(panel) + 1} {m.rotation.of} {PANELS.length}
        </span>
        {PANELS.map((p) => (
          <span
            key={p}
            className={styles.dot}
            data-current={p === panel}
            data-breached={breached.includes(p)}
            aria-hidden="true"
          />
        ))}
        {held ? (
          <span className={styles.held} data-testid="rotation-held">
            {m.rotation.held}
          </span>
        ) : null}
        <span className={styles.footerRight}>{m.title}</span>
      </footer>
    </div>
  );
}

export function Refused({ m }: { m: Pick<Messages["tv"], "refused"> }) {
  return (
    <main className={styles.refused} data-testid="tv-refused">
      <h1>{m.refused.title}</h1>
      <p>{m.refused.body}</p>
    </main>
  );
}
