// @jsxRuntime automatic
import { type ClassMap, cx } from "../class-names";
import type { ChartDatum } from "./chart-datum";
import type { DrillClick } from "./drill-click";

/**
 * The exact numbers of a chart as a list (its legend, with each value and share printed): readable before the
 * chart's script has loaded, by screen readers, with the keyboard, and on a grey-scale printout. On the dashboard
 * each entry links to its calls.
 */
export function ValueList({
  data,
  locale,
  scroll,
  onClick,
  classes,
}: {
  data: ChartDatum[];
  /** BCP 47 tag of the numbers. */
  locale: string;
  scroll?: boolean;
  onClick?: DrillClick;
  classes?: ClassMap;
}) {
  const numbers = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const total = data.reduce((sum, d) => sum + d.value, 0);
  return (
    <ul className={cx(classes, "values", scroll && "scroll")}>
      {data.map((d) => {
        const content = (
          <>
            <span className={`${cx(classes, "swatch")} ${d.tone}`} aria-hidden="true" />
            <span className={cx(classes, "valueLabel")}>{d.label}</span>
            <span className={cx(classes, "valueNumber")}>{numbers.format(d.value)}</span>
            <span className={cx(classes, "valueShare")}>
              {total > 0 ? percent.format(d.value / total) : ""}
            </span>
          </>
        );
        return (
          <li key={d.key}>
            {d.href ? (
              <a
                href={d.href}
                onClick={onClick}
                data-testid="value-item"
                data-key={d.key}
                data-value={d.value}
              >
                {content}
              </a>
            ) : (
              <span data-testid="value-item" data-key={d.key} data-value={d.value}>
                {content}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
