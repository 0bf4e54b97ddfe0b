import type { Database } from "@antdash/db";
import { z } from "zod";
import { NotFoundError } from "../errors";

export const savedViewNameSchema = z.string().trim().min(1, "Enter a name.").max(80, "The name is too long.");
/** The path and query of a dashboard page (the whole view state lives in the URL). */
export const savedViewQuerySchema = z
  .string()
  .max(4000, "This view is too long to save.")
  .regex(/^\/(?!\/)[^\s]*$/, "A saved view is a path on this site, starting with /.");

export interface SavedViewView {
  id: string;
  name: string;
  query: string;
  createdAt: Date;
}

export class SavedViewNotFoundError extends NotFoundError {
  constructor() {
    super("This saved view does not exist.");
  }
}

const FIELDS = { id: true, name: true, query: true, createdAt: true } as const;

export function listSavedViews(db: Database, userId: string): Promise<SavedViewView[]> {
  return db.prisma.savedView.findMany({ where: { userId }, select: FIELDS, orderBy: { name: "asc" } });
}

/** Saves a view under a name; saving again under the same name replaces it. */
export function saveView(
  db: Database,
  userId: string,
  view: { name: string; query: string },
): Promise<SavedViewView> {
  return db.prisma.savedView.upsert({
    where: { userId_name: { userId, name: view.name } },
    create: { userId, name: view.name, query: view.query },
    update: { query: view.query },
    select: FIELDS,
  });
}

/** Deletes one of the user's own views (another user's id is "not found"). */
export async function deleteSavedView(db: Database, userId: string, id: string): Promise<void> {
  const { count } = await db.prisma.savedView.deleteMany({ where: { id, userId } });
  if (count === 0) throw new SavedViewNotFoundError();
}
