import { router } from "../trpc";
import { getCallProcedure } from "./get-call.procedure";
import { listCallsProcedure } from "./list-calls.procedure";

export const callsRouter = router({
  list: listCallsProcedure,
  get: getCallProcedure,
});
