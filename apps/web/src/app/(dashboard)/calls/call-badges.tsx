import type { Messages } from "~/i18n/messages";
import styles from "./call-badges.module.css";
import type { CallDirection, CallStatus } from "./call-types";

type CallsMessages = Messages["calls"];

export function DirectionBadge({ direction, messages }: { direction: CallDirection; messages: CallsMessages }) {
  return (
    <span className={`${styles.badge} ${styles[direction]}`} data-direction={direction}>
      {messages.directions[direction]}
    </span>
  );
}

export function StatusBadge({ status, messages }: { status: CallStatus; messages: CallsMessages }) {
  return (
    <span className={`${styles.badge} ${styles[status]}`} data-status={status}>
      {messages.statuses[status]}
    </span>
  );
}
