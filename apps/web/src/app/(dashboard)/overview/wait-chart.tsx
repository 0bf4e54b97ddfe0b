"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import type { ChartDatum } from "@antdash/dashboard-ui";
import { ChartLink } from "./chart-link";

const SERIES = [
  { key: "answered", color: "var(--chart-success)" },
  { key: "abandoned", color: "var(--chart-cancelled)" },
] as const;

/** One wait bucket: its answered and abandoned inbound calls, each a drill-down. */
export interface WaitBucketView {
  key: string;
  label: string;
  /** Every wait of the bucket is within the service-level threshold. */
  withinServiceLevel: boolean;
  answered: ChartDatum;
  abandoned: ChartDatum;
}

/**
 * The patience curve: inbound calls answered and abandoned per wait bucket, side by side, with the service-level
 * threshold drawn at the end of the last bucket within it.
 */
export default function WaitChart({
  buckets,
  names,
  thresholdLabel,
  numberFormat,
}: {
  buckets: WaitBucketView[];
  names: { answered: string; abandoned: string };
  thresholdLabel: string;
  numberFormat: string;
}) {
  const format = new Intl.NumberFormat(numberFormat);
  const rows = buckets.map((bucket) => ({
    label: bucket.label,
    bucket,
    answered: bucket.answered.value,
    abandoned: bucket.abandoned.value,
  }));
  const lastWithin = buckets.filter((b) => b.withinServiceLevel).at(-1);
  const bar = (series: "answered" | "abandoned") =>
    function WaitBar(props: BarShapeProps) {
      const bucket = (props.payload as { bucket: WaitBucketView }).bucket;
      const datum = bucket[series];
      if (datum.value === 0) return <g />;
      return (
        <ChartLink
          href={datum.href}
          elementKey={`${bucket.key}|${series}`}
          value={datum.value}
          label={datum.aria}
        >
          <Rectangle {...props} radius={[3, 3, 0, 0]} className={datum.tone} />
        </ChartLink>
      );
    };
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={rows} margin={{ top: 20, right: 12, bottom: 4, left: 0 }} barGap={1}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" interval={0} tickLine={false} fontSize={11} />
        <YAxis allowDecimals={false} width={48} tickFormatter={(v: number) => format.format(v)} />
        <Tooltip
          cursor={{ className: "chart-cursor" }}
          formatter={(value) => format.format(Number(value))}
          isAnimationActive={false}
        />
        {SERIES.map(({ key, color }) => (
          <Bar
            key={key}
            dataKey={key}
            name={names[key]}
            fill={color}
            isAnimationActive={false}
            shape={bar(key)}
          />
        ))}
        {lastWithin && (
          <ReferenceLine
            x={lastWithin.label}
            position="end"
            stroke="var(--text)"
            strokeDasharray="4 3"
            label={{ value: thresholdLabel, position: "top", fontSize: 11, fill: "var(--text)" }}
            data-testid="wait-threshold"
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
