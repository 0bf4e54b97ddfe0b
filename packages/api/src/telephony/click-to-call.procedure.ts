import { z } from "zod";
import { supervisorProcedure } from "../trpc";
import { clickToCall, phoneNumberSchema } from "./click-to-call";

export const clickToCallInput = z.object({ number: phoneNumberSchema });
export const clickToCallOutput = z.object({ number: z.string() });

/** telephony.clickToCall: ring my SIP device, then dial the number (supervisor+). */
export const clickToCallProcedure = supervisorProcedure
  .input(clickToCallInput)
  .output(clickToCallOutput)
  .mutation(({ ctx, input }) => clickToCall(ctx, input.number));
