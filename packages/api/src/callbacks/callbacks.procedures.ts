import type { Database } from "@antdash/db";
import type { z } from "zod";
import { getSettings } from "../admin/settings";
import { supervisorProcedure, viewerProcedure } from "../trpc";
import { type Actor, assignCase, callCase, closeCase, reopenCase } from "./case-actions";
import {
  assignCaseInput,
  callCaseOutput,
  caseActionInput,
  type CallbackCaseView,
  caseActionOutput,
  closeCaseInput,
  kpisInput,
  kpisOutput,
  listCasesInput,
  listCasesOutput,
  ownersOutput,
  repeatCallersInput,
  repeatCallersOutput,
} from "./callback-schemas";
import { callbackKpis } from "./callback-kpis";
import { listCases } from "./list-cases";
import { repeatCallers } from "./repeat-callers";

/** callbacks.list: one page of the call-back worklist (viewer+). */
export const listCasesProcedure = viewerProcedure
  .input(listCasesInput)
  .output(listCasesOutput)
  .query(({ ctx, input }) => listCases(ctx.db, input));

/** callbacks.kpis: backlog, reached within 1/4/24 h, medians, callback vs customer; overall, per agent, per DID (viewer+). */
export const callbackKpisProcedure = viewerProcedure
  .input(kpisInput)
  .output(kpisOutput)
  .query(({ ctx, input }) => callbackKpis(ctx.db, input.filter));

/** callbacks.repeatCallers: repeat-call shares within 24 h / 7 days and the most frequent callers (viewer+). */
export const repeatCallersProcedure = viewerProcedure
  .input(repeatCallersInput)
  .output(repeatCallersOutput)
  .query(({ ctx, input }) => repeatCallers(ctx.db, input.filter, input.limit));

/** callbacks.owners: who a case can be given to (active supervisors and admins) (viewer+, for the owner filter). */
export const caseOwnersProcedure = viewerProcedure.output(ownersOutput).query(({ ctx }) =>
  ctx.db.prisma.user.findMany({
    where: { disabledAt: null, role: { in: ["supervisor", "admin"] } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  }),
);

const zoneOf = async (ctx: { db: Parameters<typeof getSettings>[0] }) => (await getSettings(ctx.db)).timeZone;

/** A supervisor's audited action on one case, read in the cache's time zone; answers with the case as it now is. */
function caseActionProcedure<Input extends z.ZodType<{ id: string }>>(
  input: Input,
  act: (db: Database, actor: Actor, input: z.output<Input>, timeZone: string) => Promise<CallbackCaseView>,
) {
  // tRPC cannot narrow its parsed input for a schema that is still generic here; it is Input's output.
  return supervisorProcedure
    .input(input)
    .output(caseActionOutput)
    .mutation(async ({ ctx, input }) =>
      act(ctx.db, { user: ctx.user }, input as z.output<Input>, await zoneOf(ctx)),
    );
}

/** callbacks.take: the signed-in user becomes the case's owner (supervisor+, audited). */
export const takeCaseProcedure = caseActionProcedure(caseActionInput, (db, actor, input, timeZone) =>
  assignCase(db, actor, { id: input.id, ownerId: actor.user.id }, timeZone),
);

/** callbacks.assign: give the case to a user, or to nobody (ownerId null) (supervisor+, audited). */
export const assignCaseProcedure = caseActionProcedure(assignCaseInput, assignCase);

/** callbacks.close: close an open case by hand with a reason (supervisor+, audited). */
export const closeCaseProcedure = caseActionProcedure(closeCaseInput, closeCase);

/** callbacks.reopen: undo a manual close (supervisor+, audited). */
export const reopenCaseProcedure = caseActionProcedure(caseActionInput, reopenCase);

/** callbacks.callBack: click-to-call the case's customer from my SIP device (supervisor+, audited as click_to_call). */
export const callCaseProcedure = supervisorProcedure
  .input(caseActionInput)
  .output(callCaseOutput)
  .mutation(({ ctx, input }) => callCase(ctx, input.id));
