import { router } from "../trpc";
import { wallboardAgentNamesProcedure } from "./wallboard-agent-names.procedure";
import { wallboardConfigProcedure } from "./wallboard-config.procedure";
import { wallboardSnapshotProcedure } from "./wallboard-snapshot.procedure";
import { wallboardVersionProcedure } from "./wallboard-version.procedure";

/** What wall screens read (a TV display token or any signed-in user): aggregates only. */
export const wallboardRouter = router({
  config: wallboardConfigProcedure,
  snapshot: wallboardSnapshotProcedure,
  version: wallboardVersionProcedure,
  agentNames: wallboardAgentNamesProcedure,
});
