import { fillTemplate } from "~/filters/fill-template";
import type { Messages } from "~/i18n/messages";
import type { WallFormat } from "./format";
import styles from "./wallboard.module.css";
import type { WallboardSnapshot } from "./wallboard-types";

type TileLevel = WallboardSnapshot["tiles"]["answerRate"];

interface TileProps {
  id: string;
  label: string;
  value: string;
  note?: string;
  level?: TileLevel;
  levelText?: string;
}

function Tile({ id, label, value, note, level, levelText }: TileProps) {
  return (
    <div className={styles.tile} data-testid={`tile-${id}`} data-level={level ?? "none"}>
      <span className={styles.tileLabel}>
        {label}
        {levelText && level !== "none" && level !== "ok" ? (
          <>
            {" · "}
            <span className={styles.levelText}>{levelText}</span>
          </>
        ) : null}
      </span>
      <span className={styles.tileValue}>{value}</span>
      {note ? <span className={styles.tileNote}>{note}</span> : null}
    </div>
  );
}

/** A rate or mean with nothing to divide by (no inbound call yet) reads "–", never 0. */
const orDash = <T,>(value: T | null, format: (v: T) => string) => (value === null ? "–" : format(value));

/**
 * Today's numbers by direction (issue 12's KPIs): inbound service level against its target, speed of answer,
 * abandon rate, missed and answered, then outbound attempts and connect rate. The admins' thresholds colour them.
 */
export function KpiPanel({ board, m, f }: { board: WallboardSnapshot; m: Messages["tv"]; f: WallFormat }) {
  const { callKpis, lastWeekCallKpis, tiles, thresholds, kpiSettings } = board;
  const { inbound, outbound } = callKpis;
  const before = lastWeekCallKpis;
  const lastWeek = (value: string) => `${m.kpis.lastWeek}: ${value}`;
  const percent = (rate: number | null) => orDash(rate, (r) => f.percent(r));
  const seconds = (value: number | null) => orDash(value, (s) => f.duration(s));
  const graded = (level: TileLevel) => ({ level, levelText: m.levels[level] });
  return (
    <div className={styles.tiles}>
      <Tile
        id="serviceLevel"
        label={m.kpis.serviceLevel}
        value={percent(inbound.serviceLevel)}
        {...graded(tiles.serviceLevel)}
        note={`${m.kpis.target}: ${f.percent(kpiSettings.serviceLevelTargetPercent / 100)} · ${fillTemplate(
          m.kpis.serviceLevelWithin,
          { seconds: inbound.serviceLevelSeconds },
        )} · ${lastWeek(percent(before.inbound.serviceLevel))}`}
      />
      <Tile
        id="asa"
        label={m.kpis.asa}
        value={seconds(inbound.asaSeconds)}
        {...graded(tiles.asa)}
        note={`${m.kpis.threshold}: ${f.duration(thresholds.maxWaitSeconds)} · ${m.kpis.waitNote}`}
      />
      <Tile
        id="abandonRate"
        label={m.kpis.abandonRate}
        value={percent(inbound.abandonRate)}
        {...graded(tiles.abandonRate)}
        note={`${m.kpis.threshold}: ${f.percent(thresholds.abandonRateRedPercent / 100)} · ${m.kpis.abandoned}: ${f.count(inbound.abandoned)}`}
      />
      <Tile
        id="missed"
        label={m.kpis.missed}
        value={f.count(inbound.missed)}
        note={lastWeek(f.count(before.inbound.missed))}
      />
      <Tile
        id="answered"
        label={m.kpis.answered}
        value={f.count(inbound.answered)}
        {...graded(tiles.inboundAnswerRate)}
        note={`${m.kpis.offered}: ${f.count(inbound.offered)} · ${m.kpis.answerRate}: ${percent(inbound.answerRate)}`}
      />
      <Tile
        id="outbound"
        label={m.kpis.outbound}
        value={f.count(outbound.attempts)}
        note={`${m.kpis.connectRate}: ${percent(outbound.connectRate)} · ${lastWeek(f.count(before.outbound.attempts))}`}
      />
    </div>
  );
}
