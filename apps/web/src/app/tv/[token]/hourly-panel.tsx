"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { ChartTable } from "~/charts/chart-table";
import type { Messages } from "~/i18n/messages";
import styles from "./wallboard.module.css";
import type { WallboardSnapshot } from "./wallboard-types";

/** Calls per local hour today (bars so far) beside the same weekday last week. */
export function HourlyPanel({
  board,
  m,
  intlLocale,
}: {
  board: WallboardSnapshot;
  m: Messages["tv"];
  intlLocale: string;
}) {
  const numbers = new Intl.NumberFormat(intlLocale);
  const data = board.hourly.map((h) => ({
    hour: String(h.hour).padStart(2, "0"),
    today: h.today,
    lastWeek: h.lastWeek,
  }));
  return (
    <figure className={styles.chart} aria-label={m.panels.hourly}>
      <figcaption className={styles.legend}>
        <span>
          <span className={`${styles.swatch} ${styles.swatchToday}`} aria-hidden="true" />
          {m.hourly.today}
        </span>
        <span>
          <span className={`${styles.swatch} ${styles.swatchLastWeek}`} aria-hidden="true" />
          {m.hourly.lastWeek} ({board.lastWeekDate})
        </span>
      </figcaption>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} barGap={2} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="hour" stroke="var(--muted)" tickLine={false} interval={1} />
          <YAxis allowDecimals={false} stroke="var(--muted)" tickLine={false} width={60} />
          <Bar
            dataKey="lastWeek"
            name={m.hourly.lastWeek}
            fill="var(--last-week)"
            isAnimationActive={false}
          />
          <Bar dataKey="today" name={m.hourly.today} fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <ChartTable
        caption={m.hourly.tableCaption}
        columns={[m.hourly.hour, m.hourly.today, `${m.hourly.lastWeek} (${board.lastWeekDate})`]}
        rows={data.map((h) => ({
          key: h.hour,
          header: `${h.hour}:00`,
          // Hours still to come today have no count yet.
          cells: [h.today === null ? "—" : numbers.format(h.today), numbers.format(h.lastWeek)],
        }))}
      />
    </figure>
  );
}
