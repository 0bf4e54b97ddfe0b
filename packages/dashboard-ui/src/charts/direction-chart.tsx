// @jsxRuntime automatic
"use client";

import { Pie, PieChart, ResponsiveContainer, Sector, type PieSectorShapeProps } from "recharts";
import type { ClassMap } from "../class-names";
import type { ChartDatum } from "./chart-datum";
import { DatumLink } from "./chart-link";
import type { DrillClick, PrintSize } from "./drill-click";
import { PrintDonut } from "./print/print-donut";

/**
 * A donut of inbound vs outbound calls; on the dashboard each slice links to its calls. With `size` (print) it is
 * drawn as plain SVG of that size: recharts 3 fills its charts from effects, which server rendering never runs.
 */
export function DirectionChart({
  data,
  onClick,
  size,
  classes,
}: {
  data: ChartDatum[];
  onClick?: DrillClick;
  size?: PrintSize;
  classes?: ClassMap;
}) {
  if (size) return <PrintDonut data={data} size={size} />;
  const drawn = data.filter((d) => d.value > 0);
  return (
    <ResponsiveContainer width="100%" height={220}>
      <PieChart>
        <Pie
          data={drawn}
          dataKey="value"
          nameKey="label"
          innerRadius="55%"
          outerRadius="90%"
          paddingAngle={drawn.length > 1 ? 2 : 0}
          isAnimationActive={false}
          shape={(props: PieSectorShapeProps) => {
            const datum = props.payload as ChartDatum;
            return (
              <DatumLink datum={datum} onClick={onClick} classes={classes}>
                <Sector {...props} className={datum.tone} />
              </DatumLink>
            );
          }}
        />
      </PieChart>
    </ResponsiveContainer>
  );
}
