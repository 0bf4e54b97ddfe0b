"use client";

import { useMutation } from "@tanstack/react-query";
import controls from "~/components/controls.module.css";
import { fillTemplate } from "~/filters/fill-template";
import type { Messages } from "~/i18n/messages";
import styles from "./dial-button.module.css";
import { callBackProblem } from "./dial-problem";

/**
 * Click-to-call of one number, with the same words and error messages wherever it appears (call details,
 * Call-backs): `place` asks the API to ring the user's device, then AntRing dials `number`. `label` replaces the
 * button's text when the number is already shown beside it; `onPlaced` runs once AntRing accepted the call.
 */
export function DialButton({
  number,
  place,
  label,
  onPlaced,
  messages: m,
}: {
  number: string;
  place: () => Promise<{ number: string }>;
  label?: string;
  onPlaced?: () => void;
  messages: Messages["calls"]["callBack"];
}) {
  const dial = useMutation({ mutationFn: place, onSuccess: () => onPlaced?.() });
  return (
    <div className={styles.callBack}>
      <button
        type="button"
        className="button-primary"
        onClick={() => dial.mutate()}
        disabled={dial.isPending}
        data-testid="call-back"
      >
        {dial.isPending ? m.calling : (label ?? fillTemplate(m.button, { number }))}
      </button>
      {dial.isSuccess && (
        <p role="status" className={controls.note} data-testid="call-back-placed">
          {fillTemplate(m.placed, { number: dial.data.number })}
        </p>
      )}
      {dial.isError && (
        <p
          role="alert"
          className={controls.error}
          data-testid="call-back-error"
          data-problem={callBackProblem(dial.error)}
        >
          {m[callBackProblem(dial.error)]}
        </p>
      )}
    </div>
  );
}
