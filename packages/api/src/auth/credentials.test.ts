import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureBootstrapAdmin } from "./bootstrap-admin";
import { verifyCredentials } from "./credentials";
import { LOGIN_LIMITS, LoginRateLimitedError } from "./login-rate-limit";
import { WeakPasswordError } from "./password";
import { loadSessionUser } from "./session-user";
import { createUser, deleteUser, EmailTakenError, LastAdminError, listUsers, updateUser } from "./users";

const PASSWORD = "a long enough secret";
const T0 = new Date("2026-11-20T10:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe.each(testDatabaseModes())("sign-in on %s", (mode) => {
  let db: TestDatabase;
  let userId: string;

  beforeAll(async () => {
    db = await openTestDatabase(mode);
    userId = (
      await createUser(db, {
        email: "An.Nguyen@Example.test",
        name: "An",
        role: "supervisor",
        password: PASSWORD,
      })
    ).id;
  });
  afterAll(() => db.dispose());
  beforeEach(async () => {
    await db.pool.query("DELETE FROM login_attempts");
    await updateUser(db, userId, { disabled: false, role: "supervisor" });
  });

  it("stores an argon2id hash and signs in with any email case, noting the time", async () => {
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row.email).toBe("an.nguyen@example.test");
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    const user = await verifyCredentials(db, {
      email: " AN.NGUYEN@example.test ",
      password: PASSWORD,
      ip: "10.0.0.1",
      now: T0,
    });
    expect(user).toEqual({
      id: userId,
      email: "an.nguyen@example.test",
      name: "An",
      role: "supervisor",
      locale: "vi",
      sessionVersion: 0,
    });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).lastLoginAt).toEqual(T0);
  });

  it("refuses a wrong password, an unknown email and a disabled user alike", async () => {
    expect(
      await verifyCredentials(db, {
        email: "an.nguyen@example.test",
        password: "wrong password!",
        ip: "10.0.0.1",
        now: T0,
      }),
    ).toBeNull();
    expect(
      await verifyCredentials(db, {
        email: "nobody@example.test",
        password: PASSWORD,
        ip: "10.0.0.1",
        now: T0,
      }),
    ).toBeNull();
    await updateUser(db, userId, { disabled: true });
    expect(
      await verifyCredentials(db, {
        email: "an.nguyen@example.test",
        password: PASSWORD,
        ip: "10.0.0.1",
        now: T0,
      }),
    ).toBeNull();
  });

  it("takes access away at once from a disabled, demoted or deleted user", async () => {
    const session = async (id: string) => ({
      userId: id,
      sessionId: `s-${id}-${Math.random()}`,
      version: (await db.prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion,
    });
    const before = await session(userId);
    expect(await loadSessionUser(db, before)).toMatchObject({ role: "supervisor" });
    await updateUser(db, userId, { role: "viewer" });
    // A new role ends the sessions begun under the old one; a fresh session gets the new role.
    expect(await loadSessionUser(db, before)).toBeNull();
    const after = await session(userId);
    expect(await loadSessionUser(db, after)).toMatchObject({ role: "viewer" });
    await updateUser(db, userId, { disabled: true });
    expect(await loadSessionUser(db, after)).toBeNull();
    const temp = await createUser(db, {
      email: "temp@example.test",
      name: "Temp",
      role: "viewer",
      password: PASSWORD,
    });
    const tempSession = await session(temp.id);
    await deleteUser(db, temp.id);
    expect(await loadSessionUser(db, tempSession)).toBeNull();
    expect(await loadSessionUser(db, { userId: "no-such-id", sessionId: "s", version: 0 })).toBeNull();
  });

  it(`locks an email from one address after ${LOGIN_LIMITS.perEmail} failures, even for the right password, until the window passes`, async () => {
    const attempt = (password: string, at: Date, ip = "10.0.0.2") =>
      verifyCredentials(db, { email: "an.nguyen@example.test", password, ip, now: at });
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++)
      expect(await attempt("wrong password!", minutes(i))).toBeNull();
    const refused = await attempt(PASSWORD, minutes(5)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LoginRateLimitedError);
    // The first failure (minute 0) leaves the 15-minute window at minute 15: 10 minutes after minute 5.
    expect((refused as LoginRateLimitedError).retryAfterSeconds).toBe(10 * 60);
    // The owner elsewhere is not locked out by a stranger's guesses.
    expect(await attempt(PASSWORD, minutes(6), "10.9.9.9")).not.toBeNull();
    expect(await attempt(PASSWORD, minutes(15))).not.toBeNull();
  });

  it("counts an email's failures only since its last successful sign-in", async () => {
    const attempt = (password: string, at: Date) =>
      verifyCredentials(db, { email: "an.nguyen@example.test", password, ip: "10.0.0.3", now: at });
    for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++) await attempt("wrong password!", minutes(i));
    expect(await attempt(PASSWORD, minutes(5))).not.toBeNull();
    for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++) await attempt("wrong password!", minutes(6 + i / 10));
    expect(await attempt(PASSWORD, minutes(7))).not.toBeNull();
  });

  it(`locks an address after ${LOGIN_LIMITS.perIp} failures across many emails`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
      await verifyCredentials(db, {
        email: `guess${i}@example.test`,
        password: "wrong password!",
        ip: "10.0.0.4",
        now: minutes(i / 10),
      });
    }
    const fromThere = verifyCredentials(db, {
      email: "an.nguyen@example.test",
      password: PASSWORD,
      ip: "10.0.0.4",
      now: minutes(3),
    });
    await expect(fromThere).rejects.toBeInstanceOf(LoginRateLimitedError);
    const elsewhere = await verifyCredentials(db, {
      email: "an.nguyen@example.test",
      password: PASSWORD,
      ip: "10.0.0.5",
      now: minutes(3),
    });
    expect(elsewhere).not.toBeNull();
  });

  it("creates the bootstrap admin once, refuses a weak password, and keeps the last admin", async () => {
    await expect(
      ensureBootstrapAdmin(db, { email: "root@example.test", password: "short" }),
    ).rejects.toBeInstanceOf(WeakPasswordError);
    expect(await ensureBootstrapAdmin(db, { email: "root@example.test", password: PASSWORD })).toEqual({
      created: true,
    });
    expect(await ensureBootstrapAdmin(db, { email: "other@example.test", password: PASSWORD })).toEqual({
      created: false,
    });
    const admins = (await listUsers(db)).filter((u) => u.role === "admin");
    expect(admins.map((a) => a.email)).toEqual(["root@example.test"]);
    expect(
      await verifyCredentials(db, {
        email: "root@example.test",
        password: PASSWORD,
        ip: "10.0.0.6",
        now: T0,
      }),
    ).toMatchObject({
      role: "admin",
    });
    await expect(updateUser(db, admins[0]!.id, { role: "viewer" })).rejects.toBeInstanceOf(LastAdminError);
    await expect(updateUser(db, admins[0]!.id, { disabled: true })).rejects.toBeInstanceOf(LastAdminError);
    await expect(deleteUser(db, admins[0]!.id)).rejects.toBeInstanceOf(LastAdminError);
    await expect(
      createUser(db, { email: "ROOT@example.test", name: "Dup", role: "viewer", password: PASSWORD }),
    ).rejects.toBeInstanceOf(EmailTakenError);
  });

  it("never shows a password hash or a SIP password in user views", async () => {
    await updateUser(db, userId, { sipDevice: { sipUser: "101", sipPassword: "sip-secret-123" } });
    const users = await listUsers(db);
    const text = JSON.stringify(users);
    expect(text).not.toContain("sip-secret-123");
    expect(text).not.toContain("$argon2id");
    expect(users.find((u) => u.id === userId)).toMatchObject({ hasSipDevice: true, sipUser: "101" });
  });
});
