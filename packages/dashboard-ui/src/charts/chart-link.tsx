// @jsxRuntime automatic
import type { ComponentProps, ReactNode } from "react";
import { type ClassMap, cx } from "../class-names";
import type { ChartDatum } from "./chart-datum";
import type { DrillClick } from "./drill-click";

/**
 * One element of an SVG chart (a bar, a slice, a point). With a link: a real link to the calls it counts, readable
 * by tests and screen readers (`data-key`, `data-value`, `aria-label` "BUSY: 123 calls"); without (print): a group
 * carrying the same data.
 */
export function ChartLink({
  href,
  elementKey,
  value,
  label,
  onClick,
  classes,
  children,
}: {
  href: string | undefined;
  elementKey: string;
  value: number;
  label: string;
  onClick?: DrillClick | undefined;
  classes?: ClassMap | undefined;
  children: ReactNode;
}) {
  if (!href)
    return (
      <g data-testid="chart-element" data-key={elementKey} data-value={value} aria-label={label}>
        <title>{label}</title>
        {children}
      </g>
    );
  return (
    <a
      href={href}
      onClick={onClick}
      className={cx(classes, "chartLink")}
      data-testid="chart-element"
      data-key={elementKey}
      data-value={value}
      aria-label={label}
    >
      <title>{label}</title>
      {children}
    </a>
  );
}

/** A datum's drawn shape (a bar, a slice) as its ChartLink: its link, key (unless given), value and label. */
export function DatumLink({
  datum,
  elementKey = datum.key,
  ...rest
}: {
  datum: ChartDatum;
  elementKey?: string;
} & Pick<ComponentProps<typeof ChartLink>, "onClick" | "classes" | "children">) {
  return (
    <ChartLink href={datum.href} elementKey={elementKey} value={datum.value} label={datum.aria} {...rest} />
  );
}
