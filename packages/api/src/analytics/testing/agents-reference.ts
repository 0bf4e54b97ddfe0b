// Which agents took part in a call, written from the rule in docs/kpis.md ("Agents"), not from the cache's code
// (db's call-row.ts), so that a test comparing the two can catch either one drifting.
import type { CallRecord } from "@antdash/antring-core";
import { inboundCall, internalCall, outboundCall } from "@antdash/antring-core/testing";

type Party = CallRecord["caller"];

/** An agent is a party AntRing marks as a user or names by username; it is known by username, else by number. */
function asAgent(party: Party): string[] {
  const isUser = party.type === "user" || Boolean(party.username);
  return isUser ? [party.username || party.number] : [];
}

/** An inbound call is its callee's, an outbound call its caller's, an internal call both parties' (once each). */
export function agentsOf(c: CallRecord): string[] {
  if (c.class === "one_one") return [...new Set([...asAgent(c.caller), ...asAgent(c.callee)])];
  return asAgent(c.direction === "to_ab" ? c.callee : c.caller);
}

/**
 * Calls on which plausible readings of the rule disagree (any user party, `username ?? number`, type "user" only):
 * a test that adds them to its data tells those readings apart. Starting at `at` (epoch ms), a minute apart.
 */
export function agentRuleRecords(at: number): CallRecord[] {
  const records = [
    // An agent calling the hotline from their extension: the call is the answering agent's only.
    inboundCall({ caller: { number: "hoanglehtkbee", type: "user", username: "hoangle" } }),
    // Forwarded to a colleague's extension over the trunk: the call is the caller's only.
    outboundCall({
      caller: { number: "102", type: "user", username: "thutran" },
      callee: { number: "105", type: "user", username: "minhnguyen" },
    }),
    // An extension without a username (empty, or absent): known by its number.
    internalCall({
      caller: { number: "101", type: "user", username: "lanpham" },
      callee: { number: "109", type: "user", username: "" },
    }),
    inboundCall({ callee: { number: "110", type: "user" } }),
    // A user party AntRing types otherwise but names: still an agent.
    inboundCall({ callee: { number: "111", type: "sip", username: "thutran" } }),
    // Calling oneself: one agent, counted once.
    internalCall({
      caller: { number: "101", type: "user", username: "lanpham" },
      callee: { number: "101", type: "user", username: "lanpham" },
    }),
    // An IVR call names the DID as its callee: nobody's.
    inboundCall({
      callee: { number: "02873019555", type: "realnumber" },
      status_detail: "IVR",
      billing_seconds: 0,
    }),
  ];
  return records.map((record, i) => ({ ...record, unix_timestamp: Math.floor(at / 1000) + i * 60 }));
}
