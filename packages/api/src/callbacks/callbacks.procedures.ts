import { getSettings } from "../admin/settings";
import { supervisorProcedure, viewerProcedure } from "../trpc";
import { assignCase, callCase, closeCase, reopenCase } from "./case-actions";
import {
  assignCaseInput,
  callCaseOutput,
  caseActionInput,
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

/** callbacks.take: the signed-in user becomes the case's owner (supervisor+, audited). */
export const takeCaseProcedure = supervisorProcedure
  .input(caseActionInput)
  .output(caseActionOutput)
  .mutation(async ({ ctx, input }) =>
    assignCase(ctx.db, { user: ctx.user }, { id: input.id, ownerId: ctx.user.id }, await zoneOf(ctx)),
  );

/** callbacks.assign: give the case to a user, or to nobody (ownerId null) (supervisor+, audited). */
export const assignCaseProcedure = supervisorProcedure
  .input(assignCaseInput)
  .output(caseActionOutput)
  .mutation(async ({ ctx, input }) => assignCase(ctx.db, { user: ctx.user }, input, await zoneOf(ctx)));

/** callbacks.close: close an open case by hand with a reason (supervisor+, audited). */
export const closeCaseProcedure = supervisorProcedure
  .input(closeCaseInput)
  .output(caseActionOutput)
  .mutation(async ({ ctx, input }) => closeCase(ctx.db, { user: ctx.user }, input, await zoneOf(ctx)));

/** callbacks.reopen: undo a manual close (supervisor+, audited). */
export const reopenCaseProcedure = supervisorProcedure
  .input(caseActionInput)
  .output(caseActionOutput)
  .mutation(async ({ ctx, input }) => reopenCase(ctx.db, { user: ctx.user }, input, await zoneOf(ctx)));

/** callbacks.callBack: click-to-call the case's customer from my SIP device (supervisor+, audited as click_to_call). */
export const callCaseProcedure = supervisorProcedure
  .input(caseActionInput)
  .output(callCaseOutput)
  .mutation(({ ctx, input }) => callCase(ctx, input.id));
