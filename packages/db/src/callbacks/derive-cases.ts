/**
 * The call-back rules (issue 13), the one implementation: a number's call-back cases from all of its calls.
 *
 * - Only trunking calls count: inbound (to_ab) from the number, outbound (from_ab) to it.
 * - An inbound call not answered (any status but SUCCESS), other than a short abandon (CANCELLED with
 *   duration_seconds <= shortAbandonSeconds), opens a case when none is open, else adds to the open case's missed
 *   count and moves its last missed time.
 * - While a case is open every outbound call to the number is an attempt (the answered one included); an answered
 *   outbound call reaches the case ("callback"), an answered inbound call reaches it ("customer").
 * - A reached or manually closed case stays as it was: the next missed call opens a new case. A manual close at
 *   instant T takes effect for the calls that start after T.
 *
 * Order: calls by start (unix seconds), then inbound before outbound in the same second (a missed call and a
 * call-back can never really start together; this way one counts the other as its attempt), then by the call's
 * stable key. The key is the same whichever sync wrote the call first, so the result is the same whatever order
 * the history arrived in (late-listed calls, re-run syncs). Times are instants: no local day boundary plays a part.
 */
export interface CaseCall {
  /** The call's stable key (calls.id). */
  id: string;
  startedAt: Date;
  direction: "to_ab" | "from_ab";
  statusDetail: string;
  durationSeconds: number;
  didNumber: string | null;
  /** The agent on our side (inbound: who answered; outbound: who called), or null. */
  agent: string | null;
}

export interface DerivedCase {
  id: string;
  number: string;
  firstMissedCallId: string;
  firstMissedAt: Date;
  lastMissedAt: Date;
  missedCount: number;
  dids: string[];
  firstDid: string;
  attempts: number;
  firstAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  firstAttemptAgent: string | null;
  reachedAt: Date | null;
  reachedBy: "callback" | "customer" | null;
  reachedAgent: string | null;
  closedAt: Date | null;
  status: "open" | "reached" | "closed";
}

/** The stable identity of a case: its number and the key of the call that opened it. */
function callbackCaseId(number: string, firstMissedCallId: string): string {
  return `${number}|${firstMissedCallId}`;
}

/** Whether an inbound call counts as missed (opens or extends a case). */
function isMissedInbound(
  call: Pick<CaseCall, "statusDetail" | "durationSeconds">,
  shortAbandonSeconds: number,
): boolean {
  if (call.statusDetail === "SUCCESS") return false;
  return !(call.statusDetail === "CANCELLED" && call.durationSeconds <= shortAbandonSeconds);
}

function compareCaseCalls(a: CaseCall, b: CaseCall): number {
  const time = a.startedAt.getTime() - b.startedAt.getTime();
  if (time !== 0) return time;
  if (a.direction !== b.direction) return a.direction === "to_ab" ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The cases of one number. `closes` maps the case ids people decided something about (callback_case_states) to
 * their manual close instant, or null when only an owner was set; the calls may come in any order.
 */
export function deriveCases(
  number: string,
  calls: readonly CaseCall[],
  closes: ReadonlyMap<string, Date | null>,
  shortAbandonSeconds: number,
): DerivedCase[] {
  const cases: DerivedCase[] = [];
  let open: DerivedCase | null = null;
  for (const call of [...calls].sort(compareCaseCalls)) {
    // A manual close ends the case for every call that starts after it.
    if (open?.closedAt && call.startedAt.getTime() > open.closedAt.getTime()) {
      open.status = "closed";
      open = null;
    }
    const answered = call.statusDetail === "SUCCESS";
    if (call.direction === "to_ab") {
      if (isMissedInbound(call, shortAbandonSeconds)) {
        if (open) {
          // A late-listed earlier call can become a case's first missed call: the case keeps the identity people
          // already gave decisions to (owner, close) under one of its later missed calls.
          const earlierId = callbackCaseId(number, call.id);
          if (closes.has(earlierId) && !closes.has(open.id)) {
            open.id = earlierId;
            open.closedAt = closes.get(earlierId) ?? null;
          }
          open.missedCount += 1;
          open.lastMissedAt = call.startedAt;
          if (call.didNumber && !open.dids.includes(call.didNumber)) open.dids.push(call.didNumber);
        } else {
          const id = callbackCaseId(number, call.id);
          open = {
            id,
            number,
            firstMissedCallId: call.id,
            firstMissedAt: call.startedAt,
            lastMissedAt: call.startedAt,
            missedCount: 1,
            dids: call.didNumber ? [call.didNumber] : [],
            firstDid: call.didNumber ?? "",
            attempts: 0,
            firstAttemptAt: null,
            lastAttemptAt: null,
            firstAttemptAgent: null,
            reachedAt: null,
            reachedBy: null,
            reachedAgent: null,
            closedAt: closes.get(id) ?? null,
            status: "open",
          };
          cases.push(open);
        }
      } else if (answered && open) {
        reach(open, call, "customer");
        open = null;
      }
    } else if (open) {
      open.attempts += 1;
      open.firstAttemptAt ??= call.startedAt;
      open.firstAttemptAgent ??= call.agent;
      open.lastAttemptAt = call.startedAt;
      if (answered) {
        reach(open, call, "callback");
        open = null;
      }
    }
  }
  // A case closed after its last call is closed too.
  if (open?.closedAt) open.status = "closed";
  return cases;
}

function reach(open: DerivedCase, call: CaseCall, by: "callback" | "customer"): void {
  open.reachedAt = call.startedAt;
  open.reachedBy = by;
  open.reachedAgent = call.agent;
  open.status = "reached";
  // A close that came after the reach did not end anything: the case was already reached.
  open.closedAt = null;
}
