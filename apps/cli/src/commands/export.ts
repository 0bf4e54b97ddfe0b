import { exportCalls, recordExport } from "@antdash/api";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { cliActor } from "../cli-actor";
import { openCliDatabase } from "../context";
import type { CliEnv } from "../env";
import { FILTER_HELP, filterFromFlags, filterOptions } from "../filter-flags";
import { UsageError } from "../usage-error";

export const EXPORT_HELP = `pnpm cli export --from ISO --to ISO [--format csv|xlsx] [--out FILE] [--labels vi|en] [filters]
  Streams the matching calls, newest first. CSV (UTF-8 with BOM) goes to stdout unless --out is given; XLSX needs --out.
  Headers and values are machine keys (time_utc, status_detail, to_ab) unless --labels names a language: then they
  read as the dashboard shows them, and the machine values follow in columns of their own. XLSX always holds the
  time as a date-time cell in the zone and durations as seconds plus an [h]:mm:ss twin.
${FILTER_HELP}`;

export async function exportCommand(args: string[], env: CliEnv, signal: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...filterOptions,
      format: { type: "string" },
      out: { type: "string" },
      labels: { type: "string" },
    },
    strict: true,
  });
  const format = values.format ?? (values.out?.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv");
  if (format !== "csv" && format !== "xlsx")
    throw new UsageError(`--format: expected csv or xlsx, not "${format}"`);
  if (format === "xlsx" && !values.out) throw new UsageError("--format xlsx needs --out FILE");
  const labels = values.labels;
  if (labels !== undefined && labels !== "vi" && labels !== "en")
    throw new UsageError(`--labels: expected vi or en, not "${labels}"`);
  const filter = filterFromFlags(values, env.timeZone);
  const db = await openCliDatabase(env);
  try {
    // Audited before the first row is written, like the web's downloads.
    await recordExport(db, cliActor(), { kind: "calls", format, filter });
    if (!values.out) {
      const { rows } = await exportCalls(db, filter, process.stdout, {
        format,
        timeZone: env.timeZone,
        labels,
        signal,
      });
      process.stderr.write(`exported ${rows} calls\n`);
      return 0;
    }
    // Write beside the target and rename at the end, so a failed export never leaves a half file under its name.
    const partial = `${values.out}.partial`;
    const file = createWriteStream(partial);
    try {
      const finished = once(file, "finish");
      const { rows } = await exportCalls(db, filter, file, {
        format,
        timeZone: env.timeZone,
        labels,
        signal,
      });
      await finished;
      await rename(partial, values.out);
      process.stderr.write(`exported ${rows} calls to ${values.out}\n`);
      return 0;
    } catch (error) {
      file.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  } finally {
    await db.close();
  }
}
