import { talkSeconds } from "./call-generator";
import { AGENTS, type Agent } from "./directory";
import { DeviceOfflineError, InvalidParameterError } from "./errors";
import type { CallPlacer } from "./live/call-placer";
import { hashString, randomInt, seededRandom } from "./random";
import type { SimulatorDevice } from "./types";

const PHONE_NUMBER = /^\+?\d{3,15}$/;

/** The agent who owns a device: the agent whose SIP number it is, else a fixed agent per name. */
function agentFor(sipUser: string): Agent {
  const own = AGENTS.find((agent) => agent.number === sipUser);
  return own ?? AGENTS[hashString(sipUser) % AGENTS.length] ?? (AGENTS[0] as Agent);
}

/**
 * Click-to-call: rings the agent's registered device, then dials the number. The call is placed like any
 * live call (signals, then history once it ends), answered after a short ring, with a short talk.
 */
export class ClickToCallDesk {
  private placed = 0;

  constructor(
    private readonly placer: CallPlacer,
    private readonly seed: number | string,
    private readonly devices: () => readonly SimulatorDevice[],
  ) {}

  place(sipUser: unknown, sipPassword: unknown, number: string): void {
    const device = this.devices().find((d) => d.sipUser === sipUser);
    if (device === undefined || device.sipPassword !== sipPassword || !device.online)
      throw new DeviceOfflineError();
    const colleague = AGENTS.find((agent) => agent.number === number);
    if (colleague === undefined && !PHONE_NUMBER.test(number)) throw new InvalidParameterError();

    this.placed++;
    const random = seededRandom("click-to-call", this.seed, this.placed, number);
    this.placer.place({
      direction: "from_ab",
      agent: agentFor(device.sipUser).number,
      callee: number,
      ringSeconds: randomInt(random, 4, 15),
      talkSeconds: Math.min(240, talkSeconds(random, 45)),
    });
  }
}
