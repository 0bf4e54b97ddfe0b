"use client";

import { fillTemplate } from "~/filters/fill-template";
import type { Messages } from "~/i18n/messages";
import styles from "./calls-page.module.css";
import controls from "~/components/controls.module.css";
import { PAGE_SIZES, type PageSize } from "./table-query";

/** First / previous / next page, where we are, and the page size. */
export function PaginationBar({
  page,
  size,
  shownRows,
  total,
  hasNext,
  busy,
  onFirst,
  onPrevious,
  onNext,
  onSize,
  formatNumber,
  messages: m,
}: {
  page: number;
  size: PageSize;
  shownRows: number;
  total: number | undefined;
  hasNext: boolean;
  busy: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onSize: (size: PageSize) => void;
  formatNumber: (n: number) => string;
  messages: Messages["calls"];
}) {
  const from = shownRows === 0 ? 0 : (page - 1) * size + 1;
  const to = shownRows === 0 ? 0 : from + shownRows - 1;
  const values = {
    from: formatNumber(from),
    to: formatNumber(to),
    total: total === undefined ? "" : formatNumber(total),
  };
  return (
    <nav className={styles.pagination} aria-label={m.pagination.label}>
      <button type="button" className={controls.button} onClick={onFirst} disabled={page === 1 || busy}>
        {m.pagination.first}
      </button>
      <button
        type="button"
        className={controls.button}
        onClick={onPrevious}
        disabled={page === 1 || busy}
        data-testid="previous-page"
      >
        {m.pagination.previous}
      </button>
      <span className={styles.position} data-testid="page-position">
        {fillTemplate(m.pagination.page, { page: formatNumber(page) })}
        {shownRows > 0 && (
          <> · {fillTemplate(total === undefined ? m.pagination.rows : m.pagination.rowsOf, values)}</>
        )}
      </span>
      <button
        type="button"
        className={controls.button}
        onClick={onNext}
        disabled={!hasNext || busy}
        data-testid="next-page"
      >
        {m.pagination.next}
      </button>
      <label className={styles.pageSize}>
        {m.pagination.pageSize}
        <select
          className={controls.select}
          value={size}
          onChange={(event) => onSize(Number(event.target.value) as PageSize)}
        >
          {PAGE_SIZES.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
