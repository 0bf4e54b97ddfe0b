"use client";

import { Pie, PieChart, ResponsiveContainer, Sector, type PieSectorShapeProps } from "recharts";
import type { ChartDatum } from "./chart-datum";
import { ChartLink } from "./chart-link";

/** A donut of inbound vs outbound calls; each slice links to its calls. */
export default function DirectionChart({ data }: { data: ChartDatum[] }) {
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
              <ChartLink href={datum.href} elementKey={datum.key} value={datum.value} label={datum.aria}>
                <Sector {...props} className={datum.tone} />
              </ChartLink>
            );
          }}
        />
      </PieChart>
    </ResponsiveContainer>
  );
}
