// @jsxRuntime automatic
"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import type { ClassMap } from "../class-names";
import type { ChartDatum } from "./chart-datum";
import { DatumLink } from "./chart-link";
import type { DrillClick, PrintSize } from "./drill-click";
import { PrintColumns } from "./print/print-columns";

/** One bucket of the series: its axis label and one segment per status (each a drill-down). */
export interface SeriesBucket {
  key: string;
  label: string;
  /** Still running: drawn faded and dashed so its smaller count does not read as a drop. */
  partial: boolean;
  segments: ChartDatum[];
}

/** One stacked status: its translated name, its fill and the class that colours it. */
export interface SeriesLayer {
  key: string;
  label: string;
  color: string;
  tone: string;
}

/**
 * Calls per bucket stacked by status; on the dashboard every segment links to that status's calls in that bucket.
 * With `size` (print) it is drawn as plain SVG of that size, each column's total printed above it.
 */
export function TimeSeriesChart({
  buckets,
  series,
  numberFormat,
  partialTone,
  onClick,
  size,
  classes,
}: {
  buckets: SeriesBucket[];
  /** The class that marks the unfinished bucket's bars. */
  partialTone: string;
  /** The stacked statuses in order. */
  series: SeriesLayer[];
  numberFormat: string;
  onClick?: DrillClick;
  size?: PrintSize;
  classes?: ClassMap;
}) {
  if (size) return <PrintColumns buckets={buckets} series={series} size={size} numberFormat={numberFormat} />;
  const format = new Intl.NumberFormat(numberFormat);
  const rows = buckets.map((bucket) => ({
    label: bucket.label,
    bucket,
    ...Object.fromEntries(bucket.segments.map((s) => [s.key, s.value])),
  }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={12} tickLine={false} />
        <YAxis allowDecimals={false} width={48} tickFormatter={(v: number) => format.format(v)} />
        <Tooltip
          cursor={{ className: "chart-cursor" }}
          formatter={(value) => format.format(Number(value))}
          isAnimationActive={false}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="calls"
            fill={s.color}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => {
              const bucket = (props.payload as { bucket: SeriesBucket }).bucket;
              const datum = bucket.segments.find((d) => d.key === s.key);
              if (!datum || datum.value === 0) return <g />;
              return (
                <DatumLink
                  datum={datum}
                  elementKey={`${bucket.key}|${s.key}`}
                  onClick={onClick}
                  classes={classes}
                >
                  <Rectangle
                    {...props}
                    className={bucket.partial ? `${s.tone} ${partialTone}` : s.tone}
                    data-partial={bucket.partial || undefined}
                  />
                </DatumLink>
              );
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
