import { markCallbackNumbersDirty, refreshCallbackCases, type Database } from "@antdash/db";
import { type AuditActor, recordAudit } from "../audit/audit";
import type { ApiContext } from "../context";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { clickToCall } from "../telephony/click-to-call";
import { readCase } from "./case-rows";
import type { CallbackCaseView, CloseReason } from "./callback-schemas";

export class CaseNotFoundError extends NotFoundError {
  constructor() {
    super("This call-back case no longer exists (its calls changed): reload the list.");
  }
}

async function existingCase(db: Database, id: string, timeZone: string): Promise<CallbackCaseView> {
  const found = await readCase(db, id, timeZone);
  if (!found) throw new CaseNotFoundError();
  return found;
}

export type Actor = AuditActor & { user: { id: string; email: string } };

/** Gives the case to a dashboard user (null: nobody), audited. Owning does not change the case's status. */
export async function assignCase(
  db: Database,
  actor: Actor,
  input: { id: string; ownerId: string | null },
  timeZone: string,
): Promise<CallbackCaseView> {
  const found = await existingCase(db, input.id, timeZone);
  if (input.ownerId !== null) {
    const owner = await db.prisma.user.findUnique({
      where: { id: input.ownerId },
      select: { disabledAt: true },
    });
    if (!owner || owner.disabledAt) throw new InvalidInputError("No active user has this id.");
  }
  await db.pool.query(
    `INSERT INTO callback_case_states (case_id, number, owner_id, assigned_at, updated_at) VALUES ($1, $2, $3, now(), now())
     ON CONFLICT (case_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, assigned_at = now(), updated_at = now()`,
    [found.id, found.number, input.ownerId],
  );
  await recordAudit(db, {
    ...actor,
    action: "callback.assign",
    detail: {
      caseId: found.id,
      number: found.number,
      ownerId: input.ownerId,
      previousOwnerId: found.ownerId,
    },
  });
  return existingCase(db, found.id, timeZone);
}

/**
 * Closes an open case by hand with a reason, audited. The close is an instant: calls that start after it no longer
 * touch this case (the next missed call opens a new one); calls before it that arrive late still count.
 */
export async function closeCase(
  db: Database,
  actor: Actor,
  input: { id: string; reason: CloseReason },
  timeZone: string,
): Promise<CallbackCaseView> {
  const found = await existingCase(db, input.id, timeZone);
  if (found.status !== "open") throw new ConflictError(`This case is already ${found.status}.`);
  await db.pool.query(
    `INSERT INTO callback_case_states (case_id, number, closed_at, close_reason, closed_by, updated_at)
     VALUES ($1, $2, now(), $3, $4, now())
     ON CONFLICT (case_id) DO UPDATE SET closed_at = now(), close_reason = EXCLUDED.close_reason,
       closed_by = EXCLUDED.closed_by, updated_at = now()`,
    [found.id, found.number, input.reason, actor.user.email],
  );
  await rederive(db, found.number);
  await recordAudit(db, {
    ...actor,
    action: "callback.close",
    detail: { caseId: found.id, number: found.number, reason: input.reason },
  });
  return existingCase(db, found.id, timeZone);
}

/** Undoes a manual close, audited: the case takes its calls again (a new case opened meanwhile may merge back). */
export async function reopenCase(
  db: Database,
  actor: Actor,
  input: { id: string },
  timeZone: string,
): Promise<CallbackCaseView> {
  const found = await existingCase(db, input.id, timeZone);
  if (found.status !== "closed")
    throw new ConflictError(`Only a closed case can be reopened (this one is ${found.status}).`);
  await db.pool.query(
    `UPDATE callback_case_states SET closed_at = NULL, close_reason = NULL, closed_by = NULL, updated_at = now() WHERE case_id = $1`,
    [found.id],
  );
  await rederive(db, found.number);
  await recordAudit(db, {
    ...actor,
    action: "callback.reopen",
    detail: { caseId: found.id, number: found.number },
  });
  const reopened = await readCase(db, found.id, timeZone);
  if (!reopened) throw new CaseNotFoundError();
  return reopened;
}

/**
 * Calls the case's customer back through the user's SIP device (telephony's click-to-call, audited there). The
 * attempt is counted when the outbound call appears in the history, like every other call.
 */
export async function callCase(ctx: Pick<ApiContext, "db" | "antring" | "user" | "timeZone">, id: string) {
  const found = await existingCase(ctx.db, id, ctx.timeZone);
  return clickToCall(ctx, dialableNumber(found.number));
}

/** AntRing dials national numbers: +84903123456 → 0903123456; anything else as stored. */
function dialableNumber(number: string): string {
  return number.startsWith("+84") ? `0${number.slice(3)}` : number;
}

async function rederive(db: Database, number: string): Promise<void> {
  await markCallbackNumbersDirty(db, [number]);
  await refreshCallbackCases(db);
}
