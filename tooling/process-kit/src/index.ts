// @antdash/process-kit: the child-process helpers every test harness, bench and script shares.
export { freePort } from "./free-port";
export { runCommand, type RunCommandOptions } from "./run-command";
export { signalProcess, spawnGroup, stopProcess, type StopOptions } from "./stop-process";
export { waitUntil, type WaitUntilOptions } from "./wait-until";
