import { openTestDatabase, type TestDatabase, testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { changeOwnPassword, WrongPasswordError } from "./account";
import { verifyCredentials } from "./credentials";
import { LOGIN_LIMITS, LoginRateLimitedError } from "./login-rate-limit";
import { GuessablePasswordError } from "./password";
import { type SessionClaims, loadSessionUser } from "./session-user";
import { endAllSessions, endSession } from "./sessions";
import { createUser, setPassword, updateUser } from "./users";

const PASSWORD = "a long enough secret";
const EMAIL = "binh.tran@example.test";

describe.each(testDatabaseModes())("sessions and sign-in limits on %s", (mode) => {
  let db: TestDatabase;
  let userId: string;

  beforeAll(async () => {
    db = await openTestDatabase(mode);
    userId = (await createUser(db, { email: EMAIL, name: "Bình", role: "supervisor", password: PASSWORD }))
      .id;
  });
  afterAll(() => db.dispose());
  beforeEach(async () => {
    await db.pool.query("DELETE FROM login_attempts");
    await setPassword(db, userId, PASSWORD);
  });

  /** Signs in the way next-auth does and returns what the session token would carry. */
  async function signIn(sessionId: string): Promise<SessionClaims> {
    const user = await verifyCredentials(db, { email: EMAIL, password: PASSWORD, ip: "10.1.0.1" });
    if (!user) throw new Error("sign-in failed");
    return { userId: user.id, sessionId, version: user.sessionVersion };
  }

  it("counts 25 concurrent wrong passwords for one account atomically: only the limit's worth are checked", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () =>
        verifyCredentials(db, { email: EMAIL, password: "wrong password!", ip: "10.1.0.2" }),
      ),
    );
    const checked = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter(
      (r) => r.status === "rejected" && r.reason instanceof LoginRateLimitedError,
    );
    expect(checked).toHaveLength(LOGIN_LIMITS.perEmail);
    expect(refused).toHaveLength(25 - LOGIN_LIMITS.perEmail);
    const { rows } = await db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM login_attempts WHERE email = $1",
      [EMAIL],
    );
    expect(rows[0]!.n).toBe(LOGIN_LIMITS.perEmail);
  });

  it("ends every session on a password change, an admin reset and sign-out everywhere", async () => {
    for (const revoke of [
      () =>
        changeOwnPassword(
          db,
          userId,
          { currentPassword: PASSWORD, newPassword: "another long secret" },
          { ip: "10.1.0.3" },
        ),
      () => setPassword(db, userId, "reset by an admin 42"),
      () => endAllSessions(db, userId),
    ]) {
      await setPassword(db, userId, PASSWORD);
      const session = await signIn(`s-${Math.random()}`);
      expect(await loadSessionUser(db, session)).toMatchObject({ id: userId });
      await revoke();
      expect(await loadSessionUser(db, session)).toBeNull();
    }
  });

  it("ends one session on sign-out and leaves the others", async () => {
    const phone = await signIn("phone");
    const desk = await signIn("desk");
    await endSession(db, { sessionId: "phone", userId, expiresAt: new Date(Date.now() + 3_600_000) });
    expect(await loadSessionUser(db, phone)).toBeNull();
    expect(await loadSessionUser(db, desk)).toMatchObject({ id: userId });
  });

  it("ends sessions on deactivation and on a role change, not on a change of name", async () => {
    const session = await signIn("name-change");
    await updateUser(db, userId, { name: "Bình Trần" });
    expect(await loadSessionUser(db, session)).not.toBeNull();
    await updateUser(db, userId, { role: "viewer" });
    expect(await loadSessionUser(db, session)).toBeNull();
    const again = await signIn("deactivated");
    await updateUser(db, userId, { disabled: true });
    expect(await loadSessionUser(db, again)).toBeNull();
    await updateUser(db, userId, { disabled: false, role: "supervisor" });
  });

  it("limits the current-password check of a password change like sign-in", async () => {
    const change = () =>
      changeOwnPassword(
        db,
        userId,
        { currentPassword: "not my password", newPassword: "another long secret" },
        { ip: "10.1.0.4" },
      );
    for (let i = 0; i < LOGIN_LIMITS.perEmail; i++)
      await expect(change()).rejects.toBeInstanceOf(WrongPasswordError);
    await expect(change()).rejects.toBeInstanceOf(LoginRateLimitedError);
  });

  it("refuses common passwords and the account's own email as a password", async () => {
    for (const password of [
      "password123",
      "Qwertyuiop",
      "1234567890",
      "aaaaaaaaaaaa",
      "abababababab",
      EMAIL,
    ]) {
      await expect(setPassword(db, userId, password)).rejects.toBeInstanceOf(GuessablePasswordError);
    }
    await expect(setPassword(db, userId, "binh.tran is me")).resolves.toBeUndefined();
    await expect(
      createUser(db, {
        email: "cuong.le@example.test",
        name: "Cường",
        role: "viewer",
        password: "cuong.le@example.test",
      }),
    ).rejects.toBeInstanceOf(GuessablePasswordError);
    await expect(
      createUser(db, {
        email: "nguyen.van.an@example.test",
        name: "An",
        role: "viewer",
        password: "Nguyen.Van.An",
      }),
    ).rejects.toBeInstanceOf(GuessablePasswordError);
  });
});
