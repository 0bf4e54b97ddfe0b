// @jsxRuntime automatic
import type { ChartDatum } from "../chart-datum";
import { ChartLink } from "../chart-link";
import type { PrintSize } from "../drill-click";
import { PrintSvg } from "./print-svg";

/** A point on a circle of radius r around (cx, cy), at `turn` (0..1, clockwise from 12 o'clock). */
const at = (cx: number, cy: number, r: number, turn: number) => {
  const a = turn * 2 * Math.PI;
  return [cx + r * Math.sin(a), cy - r * Math.cos(a)] as const;
};

/** One ring segment from turn a to b; a full ring is two halves (an arc cannot start and end at one point). */
function segment(cx: number, cy: number, outer: number, inner: number, a: number, b: number): string {
  if (b - a >= 0.9999)
    return `${segment(cx, cy, outer, inner, 0, 0.5)} ${segment(cx, cy, outer, inner, 0.5, 1)}`;
  const large = b - a > 0.5 ? 1 : 0;
  const [x1, y1] = at(cx, cy, outer, a);
  const [x2, y2] = at(cx, cy, outer, b);
  const [x3, y3] = at(cx, cy, inner, b);
  const [x4, y4] = at(cx, cy, inner, a);
  return `M${x1} ${y1}A${outer} ${outer} 0 ${large} 1 ${x2} ${y2}L${x3} ${y3}A${inner} ${inner} 0 ${large} 0 ${x4} ${y4}Z`;
}

/**
 * The donut drawn as plain SVG for print: recharts 3 fills its charts from effects, which server rendering never
 * runs. Its numbers and shares are printed beside it (the value list), so it reads without colour.
 */
export function PrintDonut({ data, size }: { data: ChartDatum[]; size: PrintSize }) {
  const drawn = data.filter((d) => d.value > 0);
  const total = drawn.reduce((sum, d) => sum + d.value, 0);
  const cx = size.width / 2;
  const cy = size.height / 2;
  const outer = Math.min(cx, cy) - 4;
  const inner = outer * 0.55;
  let start = 0;
  return (
    <PrintSvg width={size.width} height={size.height}>
      {drawn.map((d) => {
        const share = d.value / total;
        const path = segment(cx, cy, outer, inner, start, start + share);
        start += share;
        return (
          <ChartLink key={d.key} href={undefined} elementKey={d.key} value={d.value} label={d.aria}>
            <path d={path} className={d.tone} />
          </ChartLink>
        );
      })}
    </PrintSvg>
  );
}
