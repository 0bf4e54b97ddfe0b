// @jsxRuntime automatic
import type { ReactNode } from "react";

/** The root of a printed chart: plain SVG of this size, its user units in pixels. */
export function PrintSvg({
  width,
  height,
  children,
}: {
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg className="print-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {children}
    </svg>
  );
}
