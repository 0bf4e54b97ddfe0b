import type { CallParty } from "./records";
import { pick, pickWeighted, randomInt, seededRandom, type Random } from "./random";

/** The simulated company: its DIDs, its agents and the customers who call it. */

export interface Agent {
  /** SIP account number, as AntRing reports it in `number`. */
  number: string;
  username: string;
  /** Relative share of the agent's calls; uneven on purpose (a few agents carry the load). */
  weight: number;
}

/** Company DIDs with uneven usage: the main Saigon line takes most of the traffic. */
export const COMPANY_DIDS: readonly (readonly [string, number])[] = [
  ["02873019555", 0.42],
  ["02473001234", 0.22],
  ["19006868", 0.18],
  ["18001234", 0.11],
  ["02363888999", 0.07],
];

const AGENT_USERNAMES: readonly (readonly [string, number])[] = [
  ["thutran", 1.6],
  ["minhnguyen", 1.4],
  ["lanpham", 1.3],
  ["hoangle", 1.2],
  ["ngocvo", 1.1],
  ["tuanbui", 1.0],
  ["huongdang", 0.9],
  ["khanhdo", 0.8],
  ["phuonghoang", 0.7],
  ["ducvu", 0.6],
  ["linhngo", 0.45],
  ["quangduong", 0.3],
];

const SIP_DOMAIN_SUFFIX = "htkbee";

export const AGENTS: readonly Agent[] = AGENT_USERNAMES.map(([username, weight]) => ({
  number: username + SIP_DOMAIN_SUFFIX,
  username,
  weight,
}));

const AGENT_CHOICES = AGENTS.map((agent) => [agent, agent.weight] as const);

export function agentParty(agent: Agent): CallParty {
  return { number: agent.number, type: "user", username: agent.username };
}

export function outsideParty(number: string): CallParty {
  return { number, type: "realnumber" };
}

export function pickAgent(random: Random, except?: Agent): Agent {
  for (;;) {
    const agent = pickWeighted(random, AGENT_CHOICES);
    if (agent !== except) return agent;
  }
}

export function pickDid(random: Random): string {
  return pickWeighted(random, COMPANY_DIDS);
}

// Viettel 03x, Vinaphone/Gmobile 05x-08x, Mobifone 07x/09x, ... (valid 10-digit prefixes since 2018).
const MOBILE_PREFIXES = [
  "032",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "039",
  "052",
  "056",
  "058",
  "059",
  "070",
  "076",
  "077",
  "078",
  "079",
  "081",
  "082",
  "083",
  "084",
  "085",
  "086",
  "088",
  "089",
  "090",
  "091",
  "093",
  "094",
  "096",
  "097",
  "098",
  "099",
];
const LANDLINE_PREFIXES = ["028", "028", "028", "024"];

function digits(random: Random, count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) text += String(randomInt(random, 0, 9));
  return text;
}

function customerNumber(random: Random): string {
  if (random() < 0.12) return pick(random, LANDLINE_PREFIXES) + digits(random, 8);
  return pick(random, MOBILE_PREFIXES) + digits(random, 7);
}

/** The customers of one seed. Picking is skewed toward the front of the list, so some numbers call
 *  again and again (repeat callers) while most appear once or twice. */
export class CustomerBook {
  private readonly numbers: string[];

  constructor(seed: number | string, callsPerDay: number) {
    const random = seededRandom("customers", seed);
    const size = Math.max(300, Math.round(callsPerDay * 12));
    const seen = new Set<string>();
    this.numbers = [];
    while (this.numbers.length < size) {
      const number = customerNumber(random);
      if (!seen.has(number)) {
        seen.add(number);
        this.numbers.push(number);
      }
    }
  }

  pick(random: Random): string {
    const index = Math.floor(this.numbers.length * random() ** 2.2);
    return this.numbers[index] ?? this.numbers[0] ?? "0900000000";
  }
}
