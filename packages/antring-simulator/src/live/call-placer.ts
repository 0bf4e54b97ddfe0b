import { recordingName, talkSeconds } from "../call-generator";
import type { CallDataset } from "../dataset";
import { AGENTS, agentParty, CustomerBook, outsideParty, pickAgent, pickDid, type Agent } from "../directory";
import { hashString, mix32, randomAlnum, randomInt, seededRandom, type Random } from "../random";
import type { CallParty, CallRecord, StatusDetail } from "../records";
import type { LiveCall } from "./kazoo-events";
import type { LiveSignals } from "./live-signals";
import { parsePlaceCall, type PlaceCallInput } from "./place-call-input";

export interface PlacedCall {
  callId: string;
  endsAt: Date;
}

export interface CallPlacerSettings {
  dataset: CallDataset;
  signals: LiveSignals;
  seed: number | string;
  callsPerDay: number;
  now: () => number;
}

/** Destroy fires this much after the end, so the call is already in history (whole seconds) when it does. */
const END_GRACE_MS = 5;
const DEFAULT_MAX_TALK_SECONDS = 300;

/**
 * Calls placed while the simulator runs (placeCall, POST /_sim/calls, click-to-call): CHANNEL_CREATE now,
 * CHANNEL_ANSWER after the ring if answered, CHANNEL_DESTROY at the end. The call enters the history at once
 * but, like every call, is visible only once it has ended by the simulator's clock. Timers run in real time.
 */
export class CallPlacer {
  private placed = 0;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly customers: CustomerBook;

  constructor(private readonly settings: CallPlacerSettings) {
    this.customers = new CustomerBook(settings.seed, settings.callsPerDay);
  }

  /** Validates `raw` (a PlaceCallInput, possibly from JSON); throws InvalidCallError. */
  place(raw?: unknown): PlacedCall {
    const input = parsePlaceCall(raw);
    const { dataset, signals, seed, now } = this.settings;
    this.placed++;
    const random = seededRandom("placed-call", seed, this.placed);

    const answered = input.answered ?? input.status === undefined;
    const status: StatusDetail = answered ? "SUCCESS" : (input.status ?? "CANCELLED");
    const ring = input.ringSeconds ?? randomInt(random, 3, 12);
    const talk = answered
      ? (input.talkSeconds ?? Math.min(DEFAULT_MAX_TALK_SECONDS, talkSeconds(random, 60)))
      : 0;
    const startMs = input.startedAt === undefined ? now() : Number(input.startedAt); // parsePlaceCall made it ms
    const answerMs = answered ? startMs + ring * 1000 : null;
    const endMs = startMs + (ring + talk) * 1000;
    const startSec = Math.floor(startMs / 1000);
    // Whole seconds, like history: the call ends within the second it is listed as ending.
    const duration = Math.floor(endMs / 1000) - startSec;

    const record: CallRecord = Object.freeze({
      ...this.parties(input, status, random),
      status_detail: status,
      duration_seconds: duration,
      unix_timestamp: startSec,
      billing_seconds: answered ? Math.min(duration, Math.round(talk)) : 0,
      recording: answered ? recordingName(random) : "",
    });
    const call: LiveCall = { callId: `sim-${randomAlnum(random, 20)}`, record };
    dataset.addCall({ record, key: mix32(hashString(String(seed)), 0x11fe, this.placed), placed: true });

    // A call placed in the past already ended: nothing to signal.
    if (input.startedAt !== undefined) return { callId: call.callId, endsAt: new Date(endMs) };
    signals.publish("CHANNEL_CREATE", call, startMs);
    if (answerMs !== null)
      this.after(answerMs - startMs, () => signals.publish("CHANNEL_ANSWER", call, answerMs));
    this.after(endMs - startMs + END_GRACE_MS, () => signals.publish("CHANNEL_DESTROY", call, endMs));
    return { callId: call.callId, endsAt: new Date(endMs) };
  }

  /** Cancels the pending events (the simulator is closing). */
  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private after(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private parties(
    input: PlaceCallInput,
    status: StatusDetail,
    random: Random,
  ): Pick<CallRecord, "caller" | "callee" | "class" | "did_number" | "direction"> {
    if (input.direction === "from_ab") {
      const agent = agentNamed(input.agent ?? input.caller) ?? pickAgent(random);
      const colleague = input.callee === undefined ? undefined : knownAgent(input.callee);
      const callee = colleague
        ? agentParty(colleague)
        : outsideParty(input.callee ?? this.customers.pick(random));
      return frozen(agentParty(agent), callee, colleague ? "one_one" : "trunking", null, "from_ab");
    }
    const agent = agentNamed(input.agent ?? input.callee) ?? pickAgent(random);
    const did = input.did ?? pickDid(random);
    const caller = outsideParty(input.caller ?? this.customers.pick(random));
    // An IVR call never reached an agent: history names the DID as its callee.
    const callee = status === "IVR" ? outsideParty(did) : agentParty(agent);
    return frozen(caller, callee, "trunking", did, "to_ab");
  }
}

function knownAgent(name: string): Agent | undefined {
  return AGENTS.find((agent) => agent.number === name || agent.username === name);
}

function agentNamed(name: string | undefined): Agent | undefined {
  if (name === undefined) return undefined;
  return knownAgent(name) ?? { number: name, username: name, weight: 0 };
}

function frozen(
  caller: CallParty,
  callee: CallParty,
  callClass: CallRecord["class"],
  did: string | null,
  direction: CallRecord["direction"],
) {
  return {
    caller: Object.freeze(caller),
    callee: Object.freeze(callee),
    class: callClass,
    did_number: did,
    direction,
  };
}
