import type { Messages } from "~/i18n/messages";
import { statusName, type StatusContext } from "~/i18n/status-name";
import styles from "./call-badges.module.css";
import type { CallDirection, CallStatus } from "./call-types";

type CallsMessages = Messages["calls"];

export function DirectionBadge({
  direction,
  messages,
}: {
  direction: CallDirection;
  messages: CallsMessages;
}) {
  return (
    <span className={`${styles.badge} ${styles[direction]}`} data-direction={direction}>
      {messages.directions[direction]}
    </span>
  );
}

/** An outcome, named for the call's direction and class (an inbound CANCELLED is the caller abandoning). */
export function StatusBadge({
  status,
  call,
  messages,
}: {
  status: CallStatus;
  call: StatusContext;
  messages: CallsMessages;
}) {
  return (
    <span className={`${styles.badge} ${styles[status]}`} data-status={status}>
      {statusName(messages.statuses, status, call)}
    </span>
  );
}
