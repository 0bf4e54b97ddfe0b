import { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "@antdash/antring-core";
import { type CallFilter, InvalidFilterError, parseCallFilter } from "@antdash/api";
import type { ParseArgsConfig } from "node:util";
import { rangeFromFlags } from "./range-flags";
import { UsageError } from "./usage-error";

/** The options every command that selects calls accepts. */
export const filterOptions = {
  from: { type: "string" },
  to: { type: "string" },
  direction: { type: "string", multiple: true },
  status: { type: "string", multiple: true },
  did: { type: "string", multiple: true },
  agent: { type: "string", multiple: true },
  class: { type: "string", multiple: true },
  number: { type: "string" },
  "min-duration": { type: "string" },
  "max-duration": { type: "string" },
  "has-recording": { type: "string" },
} satisfies ParseArgsConfig["options"];

export const FILTER_HELP = `Filters (lists take commas or repeated flags):
  --from ISO --to ISO      calls whose time lies in [from, to]; a date without a zone is local time (TZ)
  --direction LIST         ${DIRECTIONS.join(", ")}
  --status LIST            ${STATUS_DETAILS.join(", ")}
  --did LIST               company DID numbers
  --agent LIST             agent usernames
  --class LIST             ${CALL_CLASSES.join(", ")}
  --number TEXT            part of the caller's or callee's number
  --min-duration SECONDS   --max-duration SECONDS
  --has-recording yes|no`;

type FilterValues = {
  [K in keyof typeof filterOptions]?: (typeof filterOptions)[K] extends { multiple: true }
    ? string[]
    : string;
};

function list(values: string[] | undefined): string[] | undefined {
  const items = values
    ?.flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}

function oneOf<T extends string>(
  flag: string,
  values: string[] | undefined,
  allowed: readonly T[],
): T[] | undefined {
  const items = list(values);
  for (const item of items ?? []) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(`--${flag}: unknown value "${item}" (expected one of ${allowed.join(", ")})`);
    }
  }
  return items as T[] | undefined;
}

function seconds(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`--${flag}: "${value}" is not a whole number of seconds`);
  return Number(value);
}

export function filterFromFlags(values: FilterValues, timeZone: string): CallFilter {
  const { from, to } = rangeFromFlags(values, timeZone);
  const hasRecording = values["has-recording"];
  if (hasRecording !== undefined && !["yes", "no"].includes(hasRecording)) {
    throw new UsageError(`--has-recording: expected yes or no, not "${hasRecording}"`);
  }
  try {
    return parseCallFilter({
      from,
      to,
      direction: oneOf("direction", values.direction, DIRECTIONS),
      status: oneOf(
        "status",
        values.status?.map((s) => s.toUpperCase()),
        STATUS_DETAILS,
      ),
      did: list(values.did),
      agent: list(values.agent),
      callClass: oneOf("class", values.class, CALL_CLASSES),
      number: values.number,
      minDurationSeconds: seconds("min-duration", values["min-duration"]),
      maxDurationSeconds: seconds("max-duration", values["max-duration"]),
      hasRecording: hasRecording === undefined ? undefined : hasRecording === "yes",
    });
  } catch (error) {
    if (error instanceof InvalidFilterError) throw new UsageError(error.problems.join("; "));
    throw error;
  }
}
