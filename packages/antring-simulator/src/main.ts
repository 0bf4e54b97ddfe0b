import { CliUsageError, USAGE, parseCli } from "./cli-args";
import { readSimulatorEnv } from "./env";
import { LIVE_PROTOCOL_NAMES } from "./live/live-options";
import { DEFAULT_APP_ID, DEFAULT_APP_SECRET, startSimulator } from "./simulator";

async function main(): Promise<void> {
  let command;
  try {
    command = parseCli(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (command.kind === "help") {
    console.log(USAGE);
    return;
  }

  const env = readSimulatorEnv();
  const simulator = await startSimulator({
    ...command.options,
    appId: env.appId ?? DEFAULT_APP_ID,
    appSecret: env.appSecret ?? DEFAULT_APP_SECRET,
  });
  // Never print the secret.
  console.log(`AntRing simulator listening on ${simulator.url} (appId=${simulator.appId})`);
  console.log(
    `Live call signals: ${LIVE_PROTOCOL_NAMES[simulator.liveProtocol]} at ${simulator.liveUrl}; POST ${simulator.url}/_sim/calls places a call`,
  );

  const stop = (): void => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`antring-simulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
