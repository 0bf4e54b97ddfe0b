import { router } from "../trpc";
import { clickToCallProcedure } from "./click-to-call.procedure";

export const telephonyRouter = router({
  clickToCall: clickToCallProcedure,
});
