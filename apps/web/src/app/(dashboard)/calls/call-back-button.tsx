"use client";

import type { Messages } from "~/i18n/messages";
import { fillTemplate } from "~/filters/fill-template";
import { useTRPCClient } from "~/trpc/react";
import controls from "~/components/controls.module.css";
import { DialButton } from "~/components/dial/dial-button";
import { callBackNumber } from "./call-back";
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
