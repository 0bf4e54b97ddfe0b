import { verifyCredentials } from "@antdash/api";
import { openDatabase } from "@antdash/db";
import { testDatabaseConfig, testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli as runCliWith } from "./test/run-cli";

const runCli = (args: string[], env: Record<string, string>, stdin?: string) =>
  runCliWith(args, env, stdin === undefined ? {} : { stdin });

const PASSWORD = "a long admin password";

/** The arguments of `user add` with these flags, in this order: `--email x --name X ...`. */
const userAdd = (flags: Record<string, string>) => [
  "user",
  "add",
  ...Object.entries(flags).flatMap(([flag, value]) => [`--${flag}`, value]),
];

// Users live in the database whatever its flavour: one is enough here, PostgreSQL when there is one (each CLI
// process opens the database, and a server is much quicker to connect to than starting the embedded one).
const MODE = testDatabaseModes().includes("postgres") ? "postgres" : "embedded";

describe(`pnpm cli user on the ${MODE} database`, () => {
  let env: Record<string, string>;
  let config: { dataDir: string } | { databaseUrl: string };
  let remove: () => Promise<void>;

  beforeAll(async () => {
    const target = await testDatabaseConfig(MODE, { migrated: true });
    remove = target.remove;
    config = target.config;
    env =
      "dataDir" in config
        ? { DATA_DIR: config.dataDir, DATABASE_URL: "" }
        : { DATABASE_URL: config.databaseUrl };
  });
  afterAll(() => remove());

  it("adds users with --password or a piped password, and lists them without secrets", async () => {
    const admin = await runCli(
      userAdd({ email: "Boss@Example.test", name: "Chị Hạnh", role: "admin", password: PASSWORD }),
      env,
    );
    expect(admin.stderr).toBe("");
    expect(admin.code).toBe(0);
    expect(admin.stdout).toMatch(/^added admin boss@example\.test \(/);

    const viewer = await runCli(
      userAdd({ email: "viewer@example.test", name: "Viewer", role: "viewer" }),
      env,
      `${PASSWORD}\n`,
    );
    expect(viewer.code).toBe(0);

    const list = await runCli(["user", "list", "--format", "json"], env);
    expect(list.code).toBe(0);
    const users = JSON.parse(list.stdout) as Array<{ email: string; role: string; name: string }>;
    expect(users.map((u) => [u.email, u.role, u.name])).toEqual([
      ["boss@example.test", "admin", "Chị Hạnh"],
      ["viewer@example.test", "viewer", "Viewer"],
    ]);
    expect(list.stdout).not.toMatch(/argon2|passwordHash/);
    const table = await runCli(["user", "list"], env);
    expect(table.stdout).toMatch(/boss@example\.test\s+admin\s+active\s+Chị Hạnh/);

    // The passwords work for signing in.
    const db = await openDatabase(config);
    try {
      for (const email of ["boss@example.test", "viewer@example.test"]) {
        expect(await verifyCredentials(db, { email, password: PASSWORD, ip: "127.0.0.1" })).toMatchObject({
          email,
        });
      }
      expect(await db.prisma.auditEvent.count({ where: { action: "user.create" } })).toBe(2);
    } finally {
      await db.close();
    }
  });

  it("refuses a taken email, a weak or missing password and a bad role with one clear line", async () => {
    const cases: Array<[string[], string | undefined, number, RegExp]> = [
      [
        userAdd({ email: "boss@example.test", name: "X", role: "viewer", password: PASSWORD }),
        undefined,
        1,
        /already has this email/,
      ],
      [
        userAdd({ email: "x@example.test", name: "X", role: "viewer", password: "short" }),
        undefined,
        2,
        /at least 10 characters/,
      ],
      [userAdd({ email: "x@example.test", name: "X", role: "viewer" }), "", 2, /no password/],
      [
        userAdd({ email: "x@example.test", name: "X", role: "owner", password: PASSWORD }),
        undefined,
        2,
        /--role: expected admin, supervisor, viewer/,
      ],
      [userAdd({ name: "X", role: "viewer", password: PASSWORD }), undefined, 2, /--email is required/],
      [["user", "remove"], undefined, 2, /unknown action "remove"/],
    ];
    for (const [args, stdin, code, message] of cases) {
      const r = await runCli(args, env, stdin);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(code);
      expect(r.stderr).not.toContain(PASSWORD);
    }
  });
});
