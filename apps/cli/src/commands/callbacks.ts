import { allCasePages, CASE_STATUSES, type CallbackCaseView, type CaseStatus } from "@antdash/api";
import type { Database } from "@antdash/db";
import { parseArgs } from "node:util";
import { openCliDatabase } from "../context";
import type { CliEnv } from "../env";
import { rangeFromFlags } from "../range-flags";
import { stringOptions } from "../string-options";
import { UsageError } from "../usage-error";

export const CALLBACKS_HELP = `pnpm cli callbacks --from ISO --to ISO [--status open|reached|closed|all] [--format table|json|csv]
  The call-back cases whose first missed call lies in [from, to] (their attempts and reaching may come later),
  oldest first. --format json prints one array; each case has number (E.164), firstMissedAt, lastMissedAt,
  missedCount, attempts, status, reachedAt, reachedBy and more. Default status: all.`;

/** What each printed case carries: the contract's keys first, then the worklist's other facts. */
function printable(c: CallbackCaseView) {
  return {
    number: c.number,
    firstMissedAt: c.firstMissedAt.toISOString(),
    lastMissedAt: c.lastMissedAt.toISOString(),
    missedCount: c.missedCount,
    attempts: c.attempts,
    status: c.status,
    reachedAt: c.reachedAt?.toISOString() ?? null,
    reachedBy: c.reachedBy,
    id: c.id,
    dids: c.dids,
    firstAttemptAt: c.firstAttemptAt?.toISOString() ?? null,
    lastAttemptAt: c.lastAttemptAt?.toISOString() ?? null,
    reachedAgent: c.reachedAgent,
    closedAt: c.closedAt?.toISOString() ?? null,
    closeReason: c.closeReason,
    owner: c.ownerName,
    bestHours: c.bestHours,
  };
}

export async function callbacksCommand(args: string[], env: CliEnv): Promise<number> {
  const { values } = parseArgs({
    args,
    options: stringOptions("from", "to", "status", "format"),
    strict: true,
  });
  const format = values.format ?? "table";
  if (!["table", "json", "csv"].includes(format))
    throw new UsageError(`--format: expected table, json or csv, not "${format}"`);
  const range = rangeFromFlags(values, env.timeZone);
  const status = values.status ?? "all";
  if (status !== "all" && !(CASE_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status: expected open, reached, closed or all, not "${status}"`);
  }
  const db = await openCliDatabase(env);
  try {
    const cases = (await readAllCases(db, range, status === "all" ? undefined : [status as CaseStatus])).map(
      printable,
    );
    if (format === "json") process.stdout.write(`${JSON.stringify(cases)}\n`);
    else if (format === "csv") process.stdout.write(casesCsv(cases));
    else process.stdout.write(casesTable(cases, env.timeZone));
    return 0;
  } finally {
    await db.close();
  }
}

async function readAllCases(db: Database, range: { from: Date; to: Date }, status: CaseStatus[] | undefined) {
  const cases: CallbackCaseView[] = [];
  for await (const rows of allCasePages(db, { ...range, ...(status && { status }) })) cases.push(...rows);
  return cases;
}

type Printed = ReturnType<typeof printable>;
const CSV_COLUMNS = [
  "number",
  "firstMissedAt",
  "lastMissedAt",
  "missedCount",
  "attempts",
  "status",
  "reachedAt",
  "reachedBy",
  "firstAttemptAt",
  "lastAttemptAt",
  "reachedAgent",
  "closeReason",
  "owner",
] as const;

function casesCsv(cases: Printed[]): string {
  const cell = (v: Printed[(typeof CSV_COLUMNS)[number]]) =>
    v === null || v === undefined
      ? ""
      : typeof v === "number"
        ? String(v)
        : `"${String(v).replace(/"/g, '""')}"`;
  return (
    [CSV_COLUMNS.join(","), ...cases.map((c) => CSV_COLUMNS.map((k) => cell(c[k])).join(","))].join("\n") +
    "\n"
  );
}

function casesTable(cases: Printed[], timeZone: string): string {
  const local = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" });
  const time = (iso: string | null) => (iso ? local.format(new Date(iso)) : "-");
  const header = `${"number".padEnd(16)} ${"first missed".padEnd(16)} ${"missed".padStart(6)} ${"tries".padStart(5)} ${"status".padEnd(8)} reached`;
  const lines = cases.map(
    (c) =>
      `${c.number.padEnd(16)} ${time(c.firstMissedAt).padEnd(16)} ${String(c.missedCount).padStart(6)} ${String(c.attempts).padStart(5)} ${c.status.padEnd(8)} ${c.reachedAt ? `${time(c.reachedAt)} (${c.reachedBy})` : "-"}`,
  );
  return [`Call-back cases (times in ${timeZone}): ${cases.length}`, header, ...lines, ""].join("\n");
}
