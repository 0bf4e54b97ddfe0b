import { router } from "../trpc";
import { wallboardConfigProcedure } from "./wallboard-config.procedure";

/** What wall screens read (a TV display token or any signed-in user). */
export const wallboardRouter = router({
  config: wallboardConfigProcedure,
});
