import { router } from "../trpc";
import { countCallsProcedure } from "./count-calls.procedure";
import { getCallProcedure } from "./get-call.procedure";
import { listCallsProcedure } from "./list-calls.procedure";

export const callsRouter = router({
  list: listCallsProcedure,
  count: countCallsProcedure,
  get: getCallProcedure,
});
