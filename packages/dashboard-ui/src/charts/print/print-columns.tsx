// @jsxRuntime automatic
import { ChartLink } from "../chart-link";
import type { PrintSize } from "../drill-click";
import { PrintSvg } from "./print-svg";
import type { SeriesBucket, SeriesLayer } from "../time-series-chart";

const AXIS = 40;
const FOOT = 18;
const HEAD = 12;

/**
 * Calls per bucket as stacked columns drawn as plain SVG for print, each column's total printed above it; the
 * layers alternate dark, light and hatched fills so they part without colour.
 */
export function PrintColumns({
  buckets,
  series,
  size,
  numberFormat,
}: {
  buckets: SeriesBucket[];
  series: SeriesLayer[];
  size: PrintSize;
  numberFormat: string;
}) {
  const format = new Intl.NumberFormat(numberFormat);
  const totals = buckets.map((b) => b.segments.reduce((sum, s) => sum + s.value, 0));
  const peak = Math.max(1, ...totals);
  const plot = size.height - FOOT - HEAD;
  const step = (size.width - AXIS) / Math.max(1, buckets.length);
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 12));
  const scale = (n: number) => (n / peak) * plot;
  return (
    <PrintSvg width={size.width} height={size.height}>
      <text x={AXIS - 4} y={HEAD} className="print-chart-label" textAnchor="end" dominantBaseline="central">
        {format.format(peak)}
      </text>
      <line x1={AXIS} x2={size.width} y1={HEAD + plot} y2={HEAD + plot} className="print-axis" />
      {buckets.map((bucket, i) => {
        const x = AXIS + i * step + step * 0.12;
        let top = HEAD + plot;
        return (
          <g key={bucket.key}>
            {series.map((layer) => {
              const datum = bucket.segments.find((d) => d.key === layer.key);
              if (!datum || datum.value === 0) return null;
              top -= scale(datum.value);
              return (
                <ChartLink
                  key={layer.key}
                  href={undefined}
                  elementKey={`${bucket.key}|${layer.key}`}
                  value={datum.value}
                  label={datum.aria}
                >
                  <rect
                    x={x}
                    y={top}
                    width={step * 0.76}
                    height={scale(datum.value)}
                    className={layer.tone}
                  />
                </ChartLink>
              );
            })}
            {totals[i]! > 0 && buckets.length <= 31 && (
              <text x={x + step * 0.38} y={top - 3} className="print-chart-label small" textAnchor="middle">
                {format.format(totals[i]!)}
              </text>
            )}
            {i % labelEvery === 0 && (
              <text x={x} y={size.height - 4} className="print-chart-label">
                {bucket.label}
              </text>
            )}
          </g>
        );
      })}
    </PrintSvg>
  );
}
