import { parseArgs } from "node:util";
import { CLICK_TO_CALL_BODIES, RECORDING_SHAPES } from "./faults";
import { LIVE_PROTOCOLS, LIVE_REFUSALS } from "./live/live-options";
import type { SimulatorOptions } from "./types";

export const USAGE = `Usage: pnpm simulator [options]

Runs a stand-in for AntBuddy's AntRing open API on this machine.
Credentials come from ANTRING_APP_ID / ANTRING_APP_SECRET (default demo-app / demo-secret).

Options:
  --port P             port to listen on (default 4010; 0 = any free port)
  --host H             address to bind (default 127.0.0.1)
  --seed S             data seed (default 1)
  --calls-per-day N    average calls on a weekday (default 400)
  --history-days D     days of history before now (default 90)
  --envelope E         histories response shape: bare | data | success (default success)
  --failure-rate R     0..1 share of history requests that fail with 503/500 (default 0)
  --latency-ms L       delay added to every API response (default 0)
  --rate-limit N       requests per second per appId before 503 (default off)
  --malformed-rate R   0..1 share of history records served corrupted (default 0)
  --correction-rate R  0..1 share of calls relisted later with a changed recording, DID or duration (default 0)
  --click-to-call-body B   body of a successful click-to-call: empty | text | json (default json)
  --recording-shape S  play_recording answer: media | data | success | bare (default media)
  --live-protocol P    live socket's protocol: sio4 | sio2 | sio09 | kazoo-ws (default sio4)
  --live-refusal F     how the live socket refuses a bad token: error | auth_failure | drop (default error)
  --no-live-signals    do not send live call signals for the generated traffic (default: send them;
                       calls placed with POST /_sim/calls always send theirs)
  --help               show this help`;

const DEFAULT_CLI_PORT = 4010;

/** A command line the simulator cannot run with; main prints it with the usage. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliUsageError";
  }
}

export type CliCommand = { kind: "help" } | { kind: "run"; options: SimulatorOptions };

function toNumber(
  flag: string,
  text: string | undefined,
  check: (value: number) => boolean,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || !check(value))
    throw new CliUsageError(`invalid --${flag}: ${text}`);
  return value;
}

function oneOf<T extends string>(
  flag: string,
  text: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (text === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(text)) throw new CliUsageError(`invalid --${flag}: ${text}`);
  return text as T;
}

const fraction = (value: number): boolean => value >= 0 && value <= 1;
const positive = (value: number): boolean => value > 0;

export function parseCli(argv: readonly string[]): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      allowNegative: true,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        seed: { type: "string" },
        "calls-per-day": { type: "string" },
        "history-days": { type: "string" },
        envelope: { type: "string" },
        "failure-rate": { type: "string" },
        "latency-ms": { type: "string" },
        "rate-limit": { type: "string" },
        "malformed-rate": { type: "string" },
        "correction-rate": { type: "string" },
        "click-to-call-body": { type: "string" },
        "recording-shape": { type: "string" },
        "live-signals": { type: "boolean" },
        "live-protocol": { type: "string" },
        "live-refusal": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return { kind: "help" };

  const envelope = values.envelope;
  if (envelope !== undefined && envelope !== "bare" && envelope !== "data" && envelope !== "success") {
    throw new CliUsageError(`invalid --envelope: ${envelope}`);
  }
  const clickToCallBody = oneOf("click-to-call-body", values["click-to-call-body"], CLICK_TO_CALL_BODIES);
  const recordingShape = oneOf("recording-shape", values["recording-shape"], RECORDING_SHAPES);
  const seedText = values.seed;
  const options: SimulatorOptions = {
    port:
      toNumber("port", values.port, (v) => Number.isInteger(v) && v >= 0 && v <= 65535) ?? DEFAULT_CLI_PORT,
    host: values.host ?? "127.0.0.1",
    seed: seedText === undefined ? 1 : /^-?\d+$/.test(seedText) ? Number(seedText) : seedText,
    callsPerDay: toNumber("calls-per-day", values["calls-per-day"], positive),
    historyDays: toNumber("history-days", values["history-days"], positive),
    envelope,
    liveSignals: values["live-signals"] ?? true,
    liveProtocol: oneOf("live-protocol", values["live-protocol"], LIVE_PROTOCOLS) ?? "sio4",
    liveRefusal: oneOf("live-refusal", values["live-refusal"], LIVE_REFUSALS) ?? "error",
    faults: {
      failureRate: toNumber("failure-rate", values["failure-rate"], fraction) ?? 0,
      latencyMs: toNumber("latency-ms", values["latency-ms"], (v) => v >= 0) ?? 0,
      rateLimitPerSecond:
        toNumber("rate-limit", values["rate-limit"], (v) => Number.isInteger(v) && v >= 1) ?? null,
      malformedRate: toNumber("malformed-rate", values["malformed-rate"], fraction) ?? 0,
      correctionRate: toNumber("correction-rate", values["correction-rate"], fraction) ?? 0,
      ...(clickToCallBody === undefined ? {} : { clickToCallBody }),
      ...(recordingShape === undefined ? {} : { recordingShape }),
    },
  };
  return { kind: "run", options };
}
