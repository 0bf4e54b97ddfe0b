"use client";

import { useMutation } from "@tanstack/react-query";
import type { Messages } from "~/i18n/messages";
import { fillTemplate } from "~/filters/fill-template";
import { useTRPCClient } from "~/trpc/react";
import { callBackNumber, callBackProblem } from "./call-back";
import controls from "./controls.module.css";
import styles from "./call-detail-panel.module.css";
import type { CallDetail } from "./call-types";

/** Rings the supervisor's own SIP device, then dials the call's outside party (AntRing's click-to-call). */
export function CallBackButton({ call, messages: m }: { call: CallDetail; messages: Messages["calls"] }) {
  const client = useTRPCClient();
  const { number, dialable } = callBackNumber(call);
  if (!dialable) return <p className={controls.note}>{fillTemplate(m.callBack.notDialable, { number })}</p>;
  return (
    <DialButton
      number={number}
      place={() => client.telephony.clickToCall.mutate({ number })}
      messages={m.callBack}
    />
  );
}

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
