// Tests read AntRing from the simulator over HTTP, as the product does: these sign in with its credentials.
import { AntringClient } from "@antdash/antring-core";
import type { RunningSimulator } from "@antdash/antring-simulator";
import { syncRange, type SyncRangeOptions } from "@antdash/sync";

/** An AntRing client of this simulator, with its app id and secret. */
export function simulatorClient(sim: RunningSimulator): AntringClient {
  return new AntringClient({ baseUrl: sim.url, appId: sim.appId, appSecret: sim.appSecret });
}

/** Syncs the simulator's calls of [from, to] into the database, as the sync runner does; returns the client used. */
export async function syncFromSimulator(
  sim: RunningSimulator,
  options: Omit<SyncRangeOptions, "client">,
): Promise<AntringClient> {
  const client = simulatorClient(sim);
  await syncRange({ ...options, client });
  return client;
}
