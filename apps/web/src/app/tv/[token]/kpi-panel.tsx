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

/** Today's numbers; answer rate and average wait coloured by the admins' thresholds. */
export function KpiPanel({ board, m, f }: { board: WallboardSnapshot; m: Messages["tv"]; f: WallFormat }) {
  const { kpis, lastWeekKpis: before, tiles, thresholds } = board;
  const lastWeek = (value: string) => `${m.kpis.lastWeek}: ${value}`;
  return (
    <div className={styles.tiles}>
      <Tile
        id="answerRate"
        label={m.kpis.answerRate}
        value={kpis.total ? f.percent(kpis.answerRate) : "–"}
        level={tiles.answerRate}
        levelText={m.levels[tiles.answerRate]}
        note={`${m.kpis.threshold}: ${f.percent(thresholds.answerRateRedPercent / 100)} · ${lastWeek(
          before.total ? f.percent(before.answerRate) : "–",
        )}`}
      />
      <Tile
        id="total"
        label={m.kpis.total}
        value={f.count(kpis.total)}
        note={lastWeek(f.count(before.total))}
      />
      <Tile
        id="answered"
        label={m.kpis.answered}
        value={f.count(kpis.answered)}
        note={`${m.kpis.inbound} ${f.count(kpis.inbound)} · ${m.kpis.outbound} ${f.count(kpis.outbound)}`}
      />
      <Tile
        id="avgWait"
        label={m.kpis.avgWait}
        value={f.duration(kpis.avgWaitSeconds)}
        level={tiles.avgWait}
        levelText={m.levels[tiles.avgWait]}
        note={`${m.kpis.threshold}: ${f.duration(thresholds.maxWaitSeconds)}`}
      />
      <Tile
        id="missed"
        label={m.kpis.missed}
        value={f.count(kpis.missed)}
        note={`${m.kpis.abandoned}: ${f.count(kpis.abandoned)} · ${lastWeek(f.count(before.missed))}`}
      />
      <Tile
        id="avgTalk"
        label={m.kpis.avgTalk}
        value={f.duration(kpis.avgTalkSeconds)}
        note={lastWeek(f.duration(before.avgTalkSeconds))}
      />
    </div>
  );
}
