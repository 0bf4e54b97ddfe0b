import type { Database } from "@antdash/db";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { TvPrincipal } from "../context";
import { toLocale } from "../auth/locales";
import { NotFoundError } from "../errors";
import type { tvDisplayViewSchema } from "./tv-display-schemas";

export const tvDisplayNameSchema = z.string().trim().min(1, "Enter a name.").max(80, "The name is too long.");

export type TvDisplayView = z.infer<typeof tvDisplayViewSchema>;

export class TvDisplayNotFoundError extends NotFoundError {
  constructor() {
    super("This TV display does not exist.");
  }
}

/** 32 random bytes, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** lastSeenAt is refreshed at most this often, so a polling wall screen does not write on every request. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

const VIEW_FIELDS = { id: true, name: true, createdAt: true, revokedAt: true, lastSeenAt: true } as const;

function toView(row: {
  id: string;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastSeenAt: Date | null;
}) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    revoked: row.revokedAt !== null,
    lastSeenAt: row.lastSeenAt,
  };
}

/** Registers a wall screen. The token is returned only here, once: only its sha256 is stored. */
export async function createTvDisplay(
  db: Database,
  input: { name: string; createdBy: string | null },
): Promise<{ display: TvDisplayView; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const row = await db.prisma.tvDisplay.create({
    data: { name: input.name, tokenHash: sha256(token), createdBy: input.createdBy },
    select: VIEW_FIELDS,
  });
  return { display: toView(row), token };
}

/** Every display, newest first; never a token. */
export async function listTvDisplays(db: Database): Promise<TvDisplayView[]> {
  const rows = await db.prisma.tvDisplay.findMany({
    select: VIEW_FIELDS,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return rows.map(toView);
}

export async function renameTvDisplay(db: Database, id: string, name: string): Promise<TvDisplayView> {
  const { count } = await db.prisma.tvDisplay.updateMany({ where: { id }, data: { name } });
  if (count === 0) throw new TvDisplayNotFoundError();
  return toView(await db.prisma.tvDisplay.findUniqueOrThrow({ where: { id }, select: VIEW_FIELDS }));
}

/** The display's token stops working at once. Revoking twice is harmless. */
export async function revokeTvDisplay(db: Database, id: string): Promise<void> {
  const display = await db.prisma.tvDisplay.findUnique({ where: { id }, select: { revokedAt: true } });
  if (!display) throw new TvDisplayNotFoundError();
  if (display.revokedAt === null)
    await db.prisma.tvDisplay.update({ where: { id }, data: { revokedAt: new Date() } });
}

/** The display a token belongs to, or null for an unknown or revoked token. Notes when the display was last seen. */
export async function resolveTvToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<TvPrincipal | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.prisma.tvDisplay.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.revokedAt !== null) return null;
  if (row.lastSeenAt === null || now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.prisma.tvDisplay.update({
      where: { id: row.id },
      data: { lastSeenAt: now },
      select: { id: true },
    });
  }
  return { displayId: row.id, name: row.name, locale: toLocale(row.locale) };
}
