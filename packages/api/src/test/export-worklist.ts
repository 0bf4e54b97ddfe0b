import type { Database } from "@antdash/db";
import { listCases } from "../callbacks/list-cases";
import type { CallbackCaseView } from "../callbacks/callback-schemas";

/** The call-back cases of this filter (up to 200) in the exports' order, first missed first: what an export holds. */
export async function worklistOf(
  db: Database,
  filter: Parameters<typeof listCases>[1]["filter"],
): Promise<CallbackCaseView[]> {
  const { rows } = await listCases(db, {
    filter,
    sort: { column: "first_missed_at", direction: "asc" },
    limit: 200,
  });
  return rows;
}
