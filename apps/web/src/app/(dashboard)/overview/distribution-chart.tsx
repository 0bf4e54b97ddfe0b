"use client";

import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  ZAxis,
  type ScatterShapeProps,
} from "recharts";
import type { ChartDatum } from "@antdash/dashboard-ui";
import { ChartLink } from "./chart-link";

/** A cell of the billing × duration grid, placed by its bins' indexes. */
export interface DistributionPoint extends ChartDatum {
  durationIndex: number;
  billingIndex: number;
  /** The talk-time bin, as read ("10–30 s"); `label` is the duration bin. */
  billingLabel: string;
}

/**
 * Talk time against call duration as bubbles on the grid of the API's bins (area ∝ calls). Calls sit on or under
 * the diagonal (talk is part of the duration); a bubble on the bottom row is calls that were never answered.
 */
export default function DistributionChart({
  points,
  ticks,
  axes,
}: {
  points: DistributionPoint[];
  /** The lower edge of each bin, as read: "0 s", "10 s", ... */
  ticks: string[];
  axes: { duration: string; billing: string };
}) {
  // Both axes count the same bins: one tick a bin, named by its lower edge.
  const binAxis = {
    type: "number",
    domain: [-0.5, ticks.length - 0.5],
    ticks: ticks.map((_, i) => i),
    interval: 0,
    tickFormatter: (i: number) => ticks[i] ?? "",
    fontSize: 11,
  } as const;
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ScatterChart margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          {...binAxis}
          dataKey="durationIndex"
          name={axes.duration}
          angle={-35}
          textAnchor="end"
          height={56}
          label={{ value: axes.duration, position: "insideBottom", offset: -20 }}
        />
        <YAxis
          {...binAxis}
          dataKey="billingIndex"
          name={axes.billing}
          width={64}
          label={{ value: axes.billing, angle: -90, position: "insideLeft", offset: 0 }}
        />
        <ZAxis type="number" dataKey="value" range={[40, 1400]} />
        <Scatter
          data={points}
          isAnimationActive={false}
          shape={(props: ScatterShapeProps) => {
            const datum = props.payload as DistributionPoint;
            return (
              <ChartLink href={datum.href} elementKey={datum.key} value={datum.value} label={datum.aria}>
                <circle
                  cx={props.cx}
                  cy={props.cy}
                  r={Math.sqrt(props.size / Math.PI)}
                  className={datum.tone}
                />
              </ChartLink>
            );
          }}
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
