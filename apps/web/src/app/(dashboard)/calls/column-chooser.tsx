"use client";

import { usePopover } from "~/filters/use-popover";
import type { Messages } from "~/i18n/messages";
import { COLUMN_IDS, type CallColumnId } from "./column-ids";
import styles from "./calls-page.module.css";
import controls from "~/components/controls.module.css";
import type { ColumnVisibility } from "./use-column-visibility";

/**
 * A drop-down of checkboxes, one per column (the time column always stays). A pop-over like the filter bar's: a
 * click outside or Escape closes it, Escape giving the focus back to its button.
 */
export function ColumnChooser({
  visibility,
  onChange,
  onReset,
  messages: m,
}: {
  visibility: ColumnVisibility;
  onChange: (id: CallColumnId, visible: boolean) => void;
  onReset: () => void;
  messages: Messages["calls"];
}) {
  const { ref } = usePopover();
  return (
    <details ref={ref} className={styles.chooser} data-testid="column-chooser">
      <summary className={controls.button}>{m.columnChooser.label}</summary>
      <fieldset>
        <legend className="visually-hidden">{m.columnChooser.label}</legend>
        {COLUMN_IDS.filter((id) => id !== "started_at").map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={visibility[id]}
              onChange={(event) => onChange(id, event.target.checked)}
            />
            {m.columns[id]}
          </label>
        ))}
        <button type="button" className={controls.button} onClick={onReset}>
          {m.columnChooser.reset}
        </button>
      </fieldset>
    </details>
  );
}
