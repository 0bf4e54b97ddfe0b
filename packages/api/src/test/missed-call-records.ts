import type { CallRecord } from "@antdash/antring-core";

/** Test records (alerts, the call-back backlog): a customer's missed inbound call at `at` (epoch ms)... */
export function missedCall(number: string, at: number): CallRecord {
  return {
    caller: { number, type: "realnumber" },
    callee: { number: "thutranhtkbee", type: "user", username: "thutran" },
    class: "trunking",
    did_number: "02873019555",
    direction: "to_ab",
    status_detail: "CANCELLED",
    duration_seconds: 20,
    unix_timestamp: Math.floor(at / 1000),
    billing_seconds: 0,
    recording: "",
  };
}

/** ...and an answered call back to that customer. */
export function callBack(number: string, at: number): CallRecord {
  return {
    ...missedCall(number, at),
    caller: { number: "101", type: "user", username: "lan" },
    callee: { number, type: "realnumber" },
    did_number: null,
    direction: "from_ab",
    status_detail: "SUCCESS",
    billing_seconds: 30,
  };
}
