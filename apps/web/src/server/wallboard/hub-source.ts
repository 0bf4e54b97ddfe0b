import { appRouter, createApiContext, createCallerFactory, type TvPrincipal } from "@antdash/api";
import { getAntringClient } from "../antring";
import { getDatabase } from "../database";
import type { WallboardSource } from "./wallboard-hub";

const createCaller = createCallerFactory(appRouter);

/**
 * The process reads the wallboard procedures as a wall screen of its own (wallboard data only: the same
 * procedures, outputs and limits a TV token gets), once for all the screens connected to it.
 */
const HUB_PRINCIPAL: TvPrincipal = { displayId: "wallboard-hub", name: "wallboard hub", locale: "vi" };

async function hubCaller() {
  // A fresh context per read: it carries the deployment's current time zone.
  const ctx = await createApiContext(
    { db: await getDatabase(), antring: getAntringClient() },
    { ip: "127.0.0.1" },
  );
  return createCaller({ ...ctx, tv: HUB_PRINCIPAL });
}

export const processWallboardSource: WallboardSource = {
  version: async () => (await (await hubCaller()).wallboard.version()).version,
  snapshot: async () => (await hubCaller()).wallboard.snapshot(),
  agentNames: async () => (await (await hubCaller()).wallboard.agentNames()).names,
};
