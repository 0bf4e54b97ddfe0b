// @jsxRuntime automatic
import type { ChartDatum } from "../chart-datum";
import { ChartLink } from "../chart-link";
import { PrintSvg } from "./print-svg";

const ROW = 22;

/** Horizontal bars drawn as plain SVG for print, each with its count printed at its end. */
export function PrintBars({
  data,
  width,
  numberFormat,
}: {
  data: ChartDatum[];
  width: number;
  numberFormat: string;
}) {
  const format = new Intl.NumberFormat(numberFormat);
  const labelWidth = Math.min(170, Math.max(60, ...data.map((d) => d.label.length * 6.5 + 10)));
  const room = width - labelWidth - 56;
  const peak = Math.max(1, ...data.map((d) => d.value));
  const height = data.length * ROW + 4;
  return (
    <PrintSvg width={width} height={height}>
      {data.map((d, i) => {
        const y = i * ROW + 2;
        const length = (d.value / peak) * room;
        return (
          <ChartLink key={d.key} href={undefined} elementKey={d.key} value={d.value} label={d.aria}>
            <text
              x={labelWidth - 6}
              y={y + ROW / 2}
              className="print-chart-label"
              textAnchor="end"
              dominantBaseline="central"
            >
              {d.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 3}
              width={Math.max(d.value > 0 ? 1 : 0, length)}
              height={ROW - 6}
              className={d.tone}
            />
            <text
              x={labelWidth + length + 4}
              y={y + ROW / 2}
              className="print-chart-label"
              dominantBaseline="central"
            >
              {format.format(d.value)}
            </text>
          </ChartLink>
        );
      })}
    </PrintSvg>
  );
}
