// @jsxRuntime automatic
"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import type { ClassMap } from "../class-names";
import type { ChartDatum } from "./chart-datum";
import { DatumLink } from "./chart-link";
import type { DrillClick } from "./drill-click";
import { PrintBars } from "./print/print-bars";

/**
 * Horizontal bars, one per category (statuses, DIDs), longest first as given; on the dashboard each bar links to
 * its calls. Zero bars are drawn too (as nothing), so every category keeps its row. With `printWidth` it is drawn
 * as plain SVG of that width, each bar's count printed at its end.
 */
export function BarListChart({
  data,
  numberFormat,
  onClick,
  printWidth,
  classes,
}: {
  data: ChartDatum[];
  numberFormat: string;
  onClick?: DrillClick;
  printWidth?: number;
  classes?: ClassMap;
}) {
  if (printWidth) return <PrintBars data={data} width={printWidth} numberFormat={numberFormat} />;
  const format = new Intl.NumberFormat(numberFormat);
  const height = Math.max(160, data.length * 34 + 40);
  const labelWidth = Math.min(200, Math.max(60, ...data.map((d) => d.label.length * 7.5 + 16)));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => format.format(v)} />
        <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tickLine={false} />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          minPointSize={0}
          shape={(props: BarShapeProps) => {
            const datum = props.payload as ChartDatum;
            return (
              <DatumLink datum={datum} onClick={onClick} classes={classes}>
                <Rectangle {...props} radius={[0, 4, 4, 0]} className={datum.tone} />
              </DatumLink>
            );
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
