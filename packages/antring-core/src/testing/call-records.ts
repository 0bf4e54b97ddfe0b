import type { CallRecord } from "../records";

/** 2018-02-26 17:11:57 in Asia/Ho_Chi_Minh (a Monday): the documented example's timestamp. */
export const EXAMPLE_TIMESTAMP = 1519639917;

/** An inbound answered call shaped like AntRing's documented example; override any field. */
export function inboundCall(overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    caller: { number: "01693608879", type: "realnumber" },
    callee: { number: "thutranhtkbee", type: "user", username: "thutran" },
    class: "trunking",
    did_number: "02873019555",
    direction: "to_ab",
    status_detail: "SUCCESS",
    duration_seconds: 50,
    unix_timestamp: EXAMPLE_TIMESTAMP,
    billing_seconds: 43,
    recording: "",
    ...overrides,
  };
}

export function outboundCall(overrides: Partial<CallRecord> = {}): CallRecord {
  return inboundCall({
    caller: { number: "101", type: "user", username: "lan" },
    callee: { number: "0909123456", type: "realnumber" },
    did_number: null,
    direction: "from_ab",
    ...overrides,
  });
}

/** An agent's call to another extension: the outbound call, to a user, in class one_one. */
export function internalCall(overrides: Partial<CallRecord> = {}): CallRecord {
  return outboundCall({ callee: { number: "102", type: "user" }, class: "one_one", ...overrides });
}

/** `count` distinct unrecorded inbound calls, one per second from `start`. */
export function manyCalls(count: number, start = EXAMPLE_TIMESTAMP): CallRecord[] {
  return Array.from({ length: count }, (_, i) =>
    inboundCall({ unix_timestamp: start + i, duration_seconds: 30 + (i % 200), billing_seconds: i % 30 }),
  );
}

/** A customer's inbound call that nobody answered (they hung up while it rang) at `at` (epoch ms). */
export function missedCall(number: string, at: number, overrides: Partial<CallRecord> = {}): CallRecord {
  return inboundCall({
    caller: { number, type: "realnumber" },
    status_detail: "CANCELLED",
    duration_seconds: 20,
    billing_seconds: 0,
    unix_timestamp: Math.floor(at / 1000),
    ...overrides,
  });
}

/** An agent's answered call back to that customer at `at` (epoch ms). */
export function callBack(number: string, at: number, overrides: Partial<CallRecord> = {}): CallRecord {
  return outboundCall({
    callee: { number, type: "realnumber" },
    duration_seconds: 40,
    billing_seconds: 30,
    unix_timestamp: Math.floor(at / 1000),
    ...overrides,
  });
}
