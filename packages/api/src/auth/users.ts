import type { Database } from "@antdash/db";
import { z } from "zod";
import { ConflictError, NotFoundError } from "../errors";
import { parseInput } from "../validation";
import { type Locale, LOCALES, toLocale } from "./locales";
import { assertPasswordPolicy, hashPassword } from "./password";
import { type Role, ROLES } from "./roles";

/** Emails are kept trimmed and lower-cased, so sign-in is case-insensitive. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "The email address is too long.")
  .pipe(z.email("Enter a valid email address."));
export const userNameSchema = z.string().trim().min(1, "Enter a name.").max(120, "The name is too long.");
export const roleSchema = z.enum(ROLES);
export const localeSchema = z.enum(LOCALES);
/** The SIP account click-to-call rings first. */
export const sipDeviceSchema = z.object({
  sipUser: z.string().trim().min(1).max(128),
  sipPassword: z.string().min(1).max(256),
});

/** What an admin sets on a user, whether creating one or changing one. */
export const userFieldsSchema = z.object({
  email: emailSchema,
  name: userNameSchema,
  role: roleSchema,
  locale: localeSchema,
  /** null: no device (on a change, removes it). */
  sipDevice: sipDeviceSchema.nullable(),
});

/** A user as callers see them: never the password hash or the SIP password. */
export const userViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  /** The SIP account name (not secret); its password stays on the server. */
  sipUser: z.string().nullable(),
  hasSipDevice: z.boolean(),
  disabled: z.boolean(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
});
export type UserView = z.infer<typeof userViewSchema>;

export class EmailTakenError extends ConflictError {
  constructor() {
    super("Another user already has this email address.", "emailTaken");
  }
}

export class UserNotFoundError extends NotFoundError {
  constructor() {
    super("This user does not exist.", "userNotFound");
  }
}

/** Refused: it would leave nobody able to manage users. */
export class LastAdminError extends ConflictError {
  constructor() {
    super("This is the last active admin: make another user an admin first.", "lastAdmin");
  }
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  locale?: Locale;
  sipDevice?: { sipUser: string; sipPassword: string } | null;
}

export interface UserPatch {
  email?: string;
  name?: string;
  role?: Role;
  locale?: Locale;
  disabled?: boolean;
  /** null removes the device. */
  sipDevice?: { sipUser: string; sipPassword: string } | null;
}

const VIEW_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  sipUser: true,
  sipPassword: true,
  disabledAt: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  locale: string;
  sipUser: string | null;
  sipPassword: string | null;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

function toView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: roleSchema.catch("viewer").parse(row.role),
    locale: toLocale(row.locale),
    sipUser: row.sipUser,
    hasSipDevice: row.sipUser !== null && row.sipPassword !== null,
    disabled: row.disabledAt !== null,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

function isMissingRow(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2025";
}

/** A user's SIP device columns: both null when they have none. */
const sipColumns = (device: { sipUser: string; sipPassword: string } | null | undefined) => ({
  sipUser: device?.sipUser ?? null,
  sipPassword: device?.sipPassword ?? null,
});

export async function createUser(db: Database, input: NewUser): Promise<UserView> {
  assertPasswordPolicy(input.password, [input.email]);
  const email = parseInput(emailSchema, input.email);
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await db.prisma.user.create({
      data: {
        email,
        name: parseInput(userNameSchema, input.name),
        role: input.role,
        locale: input.locale ?? "vi",
        passwordHash,
        ...sipColumns(input.sipDevice),
      },
      select: VIEW_FIELDS,
    });
    return toView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}

/** Every user, admins first, then by name. */
export async function listUsers(db: Database): Promise<UserView[]> {
  const rows = await db.prisma.user.findMany({ select: VIEW_FIELDS, orderBy: [{ email: "asc" }] });
  const rank: Record<string, number> = { admin: 0, supervisor: 1, viewer: 2 };
  return rows
    .map(toView)
    .sort((a, b) => (rank[a.role] ?? 3) - (rank[b.role] ?? 3) || a.name.localeCompare(b.name));
}

export async function getUser(db: Database, id: string): Promise<UserView> {
  const row = await db.prisma.user.findUnique({ where: { id }, select: VIEW_FIELDS });
  if (!row) throw new UserNotFoundError();
  return toView(row);
}

/** True when another active admin than `userId` exists. */
async function otherActiveAdminExists(db: Database, userId: string): Promise<boolean> {
  const count = await db.prisma.user.count({
    where: { role: "admin", disabledAt: null, id: { not: userId } },
  });
  return count > 0;
}

export async function updateUser(db: Database, id: string, patch: UserPatch): Promise<UserView> {
  const current = await getUser(db, id);
  const losesAdmin =
    current.role === "admin" &&
    !current.disabled &&
    ((patch.role !== undefined && patch.role !== "admin") || patch.disabled === true);
  // Check-then-write: two admins demoting each other at the same instant could both pass; acceptable for a
  // handful of admins, and an admin can always be restored with `pnpm cli user add`.
  if (losesAdmin && !(await otherActiveAdminExists(db, id))) throw new LastAdminError();
  // A new role or deactivation ends the user's sessions (they sign in again, under what they may now do).
  const endsSessions =
    (patch.role !== undefined && patch.role !== current.role) ||
    (patch.disabled === true && !current.disabled);
  try {
    const row = await db.prisma.user.update({
      where: { id },
      data: {
        ...(patch.email !== undefined && { email: parseInput(emailSchema, patch.email) }),
        ...(patch.name !== undefined && { name: parseInput(userNameSchema, patch.name) }),
        ...(patch.role !== undefined && { role: patch.role }),
        ...(patch.locale !== undefined && { locale: patch.locale }),
        ...(patch.disabled !== undefined && { disabledAt: patch.disabled ? new Date() : null }),
        ...(endsSessions && { sessionVersion: { increment: 1 } }),
        ...(patch.sipDevice !== undefined && sipColumns(patch.sipDevice)),
      },
      select: VIEW_FIELDS,
    });
    return toView(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    if (isMissingRow(error)) throw new UserNotFoundError();
    throw error;
  }
}

/** Sets a user's password (their own change, or an admin's reset) and ends every session they have. */
export async function setPassword(db: Database, id: string, password: string): Promise<void> {
  const user = await db.prisma.user.findUnique({ where: { id }, select: { email: true } });
  if (!user) throw new UserNotFoundError();
  assertPasswordPolicy(password, [user.email]);
  const passwordHash = await hashPassword(password);
  const { count } = await db.prisma.user.updateMany({
    where: { id },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  if (count === 0) throw new UserNotFoundError();
}

export async function deleteUser(db: Database, id: string): Promise<void> {
  const current = await getUser(db, id);
  if (current.role === "admin" && !current.disabled && !(await otherActiveAdminExists(db, id))) {
    throw new LastAdminError();
  }
  const { count } = await db.prisma.user.deleteMany({ where: { id } });
  if (count === 0) throw new UserNotFoundError();
}
