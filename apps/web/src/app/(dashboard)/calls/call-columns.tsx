import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { Messages } from "~/i18n/messages";
import { DirectionBadge, StatusBadge } from "./call-badges";
import { formatDuration } from "~/format/duration";
import type { CallRow } from "./call-types";
import { FIRST_SORT_DIRECTION } from "./table-query";

type CallsMessages = Messages["calls"];

/** The table's features: sorting state (done by the server) and column visibility. No client row models. */
export const callTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

const helper = createColumnHelper<typeof callTableFeatures, CallRow>();

/** A party's number, and its account name when that adds something (a SIP login usually starts with it). */
function Party({ number, username }: { number: string; username: string | null }) {
  return (
    <>
      {number}
      {username && !number.startsWith(username) && <small> · {username}</small>}
    </>
  );
}

export function callColumns(m: CallsMessages, formatTime: (instant: Date) => string) {
  const durationColumn = (
    id: "duration_seconds" | "billing_seconds" | "wait_seconds",
    key: "durationSeconds" | "billingSeconds" | "waitSeconds",
  ) =>
    helper.accessor(key, {
      id,
      header: m.columns[id],
      sortDescFirst: true,
      cell: (info) => <span data-seconds={info.getValue()}>{formatDuration(info.getValue())}</span>,
    });
  return helper.columns([
    helper.accessor("startedAt", {
      id: "started_at",
      header: m.columns.started_at,
      sortDescFirst: FIRST_SORT_DIRECTION.started_at === "desc",
      cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatTime(info.getValue())}</time>,
    }),
    helper.accessor("direction", {
      id: "direction",
      header: m.columns.direction,
      sortDescFirst: false,
      cell: (info) => <DirectionBadge direction={info.getValue()} messages={m} />,
    }),
    helper.accessor("statusDetail", {
      id: "status_detail",
      header: m.columns.status_detail,
      sortDescFirst: false,
      cell: (info) => (
        <StatusBadge
          status={info.getValue()}
          call={{ direction: info.row.original.direction, callClass: info.row.original.class }}
          messages={m}
        />
      ),
    }),
    helper.accessor("callerNumber", {
      id: "caller_number",
      header: m.columns.caller_number,
      sortDescFirst: false,
      cell: (info) => <Party number={info.getValue()} username={info.row.original.callerUsername} />,
    }),
    helper.accessor("calleeNumber", {
      id: "callee_number",
      header: m.columns.callee_number,
      sortDescFirst: false,
      cell: (info) => <Party number={info.getValue()} username={info.row.original.calleeUsername} />,
    }),
    helper.accessor("didNumber", {
      id: "did_number",
      header: m.columns.did_number,
      sortDescFirst: false,
      cell: (info) => info.getValue() ?? m.none,
    }),
    helper.accessor("agents", {
      id: "agents",
      header: m.columns.agents,
      sortDescFirst: false,
      cell: (info) => (info.getValue().length > 0 ? info.getValue().join(", ") : m.none),
    }),
    durationColumn("duration_seconds", "durationSeconds"),
    durationColumn("billing_seconds", "billingSeconds"),
    durationColumn("wait_seconds", "waitSeconds"),
    helper.accessor("class", {
      id: "class",
      header: m.columns.class,
      sortDescFirst: false,
      cell: (info) => m.classes[info.getValue()],
    }),
    helper.accessor("hasRecording", {
      id: "recording",
      header: m.columns.recording,
      enableSorting: false,
      cell: (info) =>
        info.getValue() ? (
          <span title={m.recorded}>
            <span aria-hidden="true">♪</span>
            <span className="visually-hidden">{m.recorded}</span>
          </span>
        ) : (
          <span className="visually-hidden">{m.notRecorded}</span>
        ),
    }),
  ]);
}
