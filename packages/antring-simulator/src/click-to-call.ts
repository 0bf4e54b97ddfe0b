import { talkSeconds, recordingName } from "./call-generator";
import type { CallDataset } from "./dataset";
import { AGENTS, agentParty, outsideParty, type Agent } from "./directory";
import { DeviceOfflineError, InvalidParameterError } from "./errors";
import { hashString, mix32, randomInt, seededRandom } from "./random";
import type { SimulatorDevice } from "./types";

const PHONE_NUMBER = /^\+?\d{3,15}$/;

/** The agent who owns a device: the agent whose SIP number it is, else a fixed agent per name. */
function agentFor(sipUser: string): Agent {
  const own = AGENTS.find((agent) => agent.number === sipUser);
  return own ?? AGENTS[hashString(sipUser) % AGENTS.length] ?? (AGENTS[0] as Agent);
}

/**
 * Click-to-call: rings the agent's registered device, then dials the number. The resulting call is
 * added to the history; like any call it shows up only after it ends (a short ring and talk later).
 */
export class ClickToCallDesk {
  private placed = 0;

  constructor(
    private readonly dataset: CallDataset,
    private readonly seed: number | string,
    private readonly devices: () => readonly SimulatorDevice[],
  ) {}

  place(sipUser: unknown, sipPassword: unknown, number: string, nowMs: number): void {
    const device = this.devices().find((d) => d.sipUser === sipUser);
    if (device === undefined || device.sipPassword !== sipPassword || !device.online) throw new DeviceOfflineError();
    const callee = AGENTS.find((agent) => agent.number === number);
    if (callee === undefined && !PHONE_NUMBER.test(number)) throw new InvalidParameterError();

    this.placed++;
    const random = seededRandom("click-to-call", this.seed, this.placed, number);
    const caller = agentFor(device.sipUser);
    const billing = Math.min(240, talkSeconds(random, 45));
    const internal = callee !== undefined;
    this.dataset.addCall({
      key: mix32(hashString(String(this.seed)), 0xc0ffee, this.placed),
      record: Object.freeze({
        caller: Object.freeze(agentParty(caller)),
        callee: Object.freeze(internal ? agentParty(callee) : outsideParty(number)),
        class: internal ? "one_one" : "trunking",
        did_number: null,
        direction: "from_ab",
        status_detail: "SUCCESS",
        duration_seconds: billing + randomInt(random, 4, 15),
        unix_timestamp: Math.floor(nowMs / 1000),
        billing_seconds: billing,
        recording: recordingName(random),
      }),
    });
  }
}
