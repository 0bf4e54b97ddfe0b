"use client";

import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef } from "react";
import type { Messages } from "~/i18n/messages";
import { statusName } from "~/i18n/status-name";
import { fillTemplate } from "~/filters/fill-template";
import { useTRPC } from "~/trpc/react";
import { DirectionBadge, StatusBadge } from "./call-badges";
import { CallBackButton } from "./call-back-button";
import styles from "./call-detail-panel.module.css";
import controls from "~/components/controls.module.css";
import { formatDuration } from "~/format/duration";
import type { CallDetail } from "./call-types";
import { RecordingPlayer } from "./recording-player";

/**
 * Every stored field of one call, with the recording player and the call-back button for the roles that may use
 * them. It opens from the URL (`call=<id>`), takes focus when it opens, and Escape closes it.
 */
export function CallDetailPanel({
  callId,
  onClose,
  canListen,
  canCall,
  formatTime,
  messages: m,
}: {
  callId: string;
  onClose: () => void;
  canListen: boolean;
  canCall: boolean;
  formatTime: (instant: Date) => string;
  messages: Messages["calls"];
}) {
  const trpc = useTRPC();
  const call = useQuery(trpc.calls.get.queryOptions({ id: callId }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [callId]);

  return (
    <aside
      className={styles.panel}
      aria-labelledby="call-detail-title"
      data-testid="call-detail"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className={styles.header}>
        <h2 id="call-detail-title" ref={headingRef} tabIndex={-1}>
          {m.detail.title}
        </h2>
        <button
          type="button"
          className={`${controls.button} ${styles.close}`}
          onClick={onClose}
          aria-label={m.detail.close}
          data-testid="close-detail"
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {call.isPending && <p className={controls.note}>{m.detail.loading}</p>}
      {call.isError && (
        <div role="alert" className={controls.error}>
          <p>{m.detail.failed}</p>
          <p className={controls.note}>{call.error.message}</p>
          <button type="button" className={controls.button} onClick={() => void call.refetch()}>
            {m.retry}
          </button>
        </div>
      )}
      {call.data && (
        <>
          <p className={styles.summary}>
            <time dateTime={call.data.startedAt.toISOString()}>{formatTime(call.data.startedAt)}</time>{" "}
            <DirectionBadge direction={call.data.direction} messages={m} />{" "}
            <StatusBadge
              status={call.data.statusDetail}
              call={{ direction: call.data.direction, callClass: call.data.class }}
              messages={m}
            />
          </p>
          {canListen && call.data.hasRecording && (
            <RecordingPlayer key={callId} callId={callId} messages={m} />
          )}
          {canCall && <CallBackButton key={callId} call={call.data} messages={m} />}
          <CallFields call={call.data} formatTime={formatTime} messages={m} />
        </>
      )}
    </aside>
  );
}

function CallFields({
  call,
  formatTime,
  messages: m,
}: {
  call: CallDetail;
  formatTime: (instant: Date) => string;
  messages: Messages["calls"];
}) {
  const f = m.detail.fields;
  const orNone = (value: string | null) => (value === null || value === "" ? m.none : value);
  const seconds = (value: number) =>
    fillTemplate(m.detail.seconds, { duration: formatDuration(value), seconds: value });
  const fields: Array<[keyof typeof f, ReactNode]> = [
    ["startedAt", formatTime(call.startedAt)],
    ["direction", m.directions[call.direction]],
    [
      "status",
      statusName(m.statuses, call.statusDetail, { direction: call.direction, callClass: call.class }),
    ],
    ["class", m.classes[call.class]],
    ["caller", call.callerNumber],
    ["callerUsername", orNone(call.callerUsername)],
    ["callerType", call.callerType],
    ["callee", call.calleeNumber],
    ["calleeUsername", orNone(call.calleeUsername)],
    ["calleeType", call.calleeType],
    ["did", orNone(call.didNumber)],
    ["agents", call.agents.length > 0 ? call.agents.join(", ") : m.none],
    ["duration", seconds(call.durationSeconds)],
    ["billing", seconds(call.billingSeconds)],
    ["wait", seconds(call.waitSeconds)],
    ["recording", call.hasRecording ? m.recorded : m.notRecorded],
    [
      "localDay",
      fillTemplate(m.detail.localDay, {
        date: call.localDate,
        weekday: m.detail.weekdays[call.localWeekday] ?? String(call.localWeekday),
        hour: call.localHour,
      }),
    ],
    ["unixTimestamp", String(call.unixTimestamp)],
    ["syncedAt", formatTime(call.syncedAt)],
    ["id", <code key="id">{call.id}</code>],
    ["fingerprint", <code key="fingerprint">{call.fingerprint}</code>],
  ];
  return (
    <dl className={styles.fields}>
      {fields.map(([key, value]) => (
        <div key={key} data-field={key}>
          <dt>{f[key]}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
