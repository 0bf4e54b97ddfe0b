import { z } from "zod";
import { wallboardProcedure } from "../trpc";
import { agentNames } from "./agent-names";

export const wallboardAgentNamesInput = z.void();
export const wallboardAgentNamesOutput = z.object({ names: z.record(z.string(), z.string()) });

/** wallboard.agentNames: SIP user → username of recent agents, to name live calls' agents as the board does. */
export const wallboardAgentNamesProcedure = wallboardProcedure
  .input(wallboardAgentNamesInput)
  .output(wallboardAgentNamesOutput)
  .query(async ({ ctx }) => ({ names: await agentNames(ctx.db, new Date()) }));
