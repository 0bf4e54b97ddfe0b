"use client";

import { useMutation } from "@tanstack/react-query";
import type { Messages } from "~/i18n/messages";
import { fillTemplate } from "~/filters/fill-template";
import { useTRPC } from "~/trpc/react";
import { callBackNumber, callBackProblem } from "./call-back";
import controls from "./controls.module.css";
import styles from "./call-detail-panel.module.css";
import type { CallDetail } from "./call-types";

/** Rings the supervisor's own SIP device, then dials the call's outside party (AntRing's click-to-call). */
export function CallBackButton({ call, messages: m }: { call: CallDetail; messages: Messages["calls"] }) {
  const trpc = useTRPC();
  const dial = useMutation(trpc.telephony.clickToCall.mutationOptions());
  const { number, dialable } = callBackNumber(call);
  if (!dialable) return <p className={controls.note}>{fillTemplate(m.callBack.notDialable, { number })}</p>;
  return (
    <div className={styles.callBack}>
      <button
        type="button"
        className="button-primary"
        onClick={() => dial.mutate({ number })}
        disabled={dial.isPending}
        data-testid="call-back"
      >
        {dial.isPending ? m.callBack.calling : fillTemplate(m.callBack.button, { number })}
      </button>
      {dial.isSuccess && (
        <p role="status" className={controls.note}>
          {fillTemplate(m.callBack.placed, { number: dial.data.number })}
        </p>
      )}
      {dial.isError && (
        <p role="alert" className={controls.error} data-testid="call-back-error" data-problem={callBackProblem(dial.error)}>
          {m.callBack[callBackProblem(dial.error)]}
        </p>
      )}
    </div>
  );
}
