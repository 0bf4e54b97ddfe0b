#!/usr/bin/env node
import { DEFAULT_TIME_ZONE } from "@antdash/db";
import { SyncFailedError } from "@antdash/sync";
import { callbacksCommand, CALLBACKS_HELP } from "./commands/callbacks";
import { deliverCommand, DELIVER_HELP } from "./commands/deliver";
import { doctorCommand, DOCTOR_HELP } from "./commands/doctor";
import { exportCommand, EXPORT_HELP } from "./commands/export";
import { reportCommand, REPORT_HELP } from "./commands/report";
import { syncCommand, SYNC_HELP } from "./commands/sync";
import { userCommand, USER_HELP } from "./commands/user";
import { readCliEnv } from "./env";
import { UsageError } from "./usage-error";

const HELP = `AntRing dashboard command line. Usage: pnpm cli <command> [options]

Commands:
${[DOCTOR_HELP, SYNC_HELP, REPORT_HELP, EXPORT_HELP, CALLBACKS_HELP, DELIVER_HELP, USER_HELP].map((h) => h.replace(/^/gm, "  ")).join("\n\n")}

  pnpm cli help           this text

Environment: ANTRING_BASE_URL, ANTRING_APP_ID, ANTRING_APP_SECRET (sync, doctor), ANTRING_LIVE_URL,
ANTRING_ACCOUNT_ID, ANTRING_LIVE_PROTOCOL (doctor), DATABASE_URL (unset: the embedded database under DATA_DIR,
default ./.data), TZ (shown times and date-only flags; default ${DEFAULT_TIME_ZONE}).
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const env = readCliEnv();
  const abort = new AbortController();
  const onSignal = () => abort.abort(new Error("interrupted"));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  switch (command) {
    case "doctor":
      return doctorCommand(args, env);
    case "sync":
      return syncCommand(args, env, abort.signal);
    case "report":
      return reportCommand(args, env);
    case "export":
      return exportCommand(args, env, abort.signal);
    case "callbacks":
      return callbacksCommand(args, env);
    case "deliver":
      return deliverCommand(args, env, abort.signal);
    case "user":
      return userCommand(args, env, process.stdin);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(HELP);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/**
 * Exits once stdout and stderr have handed everything to the system. Writes to a pipe are asynchronous in Node:
 * exiting at once would cut off what is still queued, e.g. the last rows of `pnpm cli export | gzip` when the
 * reader is slower than the export. Exiting at all (not just returning) ends what would keep the process alive,
 * such as the database's pool.
 */
function exitAfterOutput(code: number): void {
  const flushed = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => stream.write("", () => resolve()));
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).finally(() => process.exit(code));
}

main(process.argv.slice(2)).then(exitAfterOutput, (error: unknown) => {
  if (error instanceof UsageError || (error as { code?: string })?.code?.startsWith("ERR_PARSE_ARGS")) {
    process.stderr.write(`error: ${(error as Error).message}\nRun "pnpm cli help" for usage.\n`);
    return exitAfterOutput(2);
  }
  // One line, no stack: typed errors carry readable, secret-free messages.
  const message = error instanceof SyncFailedError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message.split("\n")[0]}\n`);
  exitAfterOutput(1);
});
