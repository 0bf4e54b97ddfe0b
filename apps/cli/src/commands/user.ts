import { createUser, listUsers, PASSWORD_MIN_LENGTH, recordAudit, ROLES, type Role } from "@antdash/api";
import { parseArgs } from "node:util";
import { cliActor } from "../cli-actor";
import { openCliDatabase } from "../context";
import type { CliEnv } from "../env";
import { stringOptions } from "../string-options";
import { UsageError } from "../usage-error";

export const USER_HELP = `pnpm cli user add --email EMAIL --name NAME --role admin|supervisor|viewer [--password P]
  Adds a dashboard user (e.g. the first admin). Without --password the password is read from stdin (one line),
  so it need not appear in the shell history: echo "$PASS" | pnpm cli user add ... At least 10 characters.
pnpm cli user list [--format table|json]
  Lists users with their role and status (never a password).`;

export async function userCommand(args: string[], env: CliEnv, stdin: NodeJS.ReadStream): Promise<number> {
  const [action, ...rest] = args;
  if (action === "add") return addUser(rest, env, stdin);
  if (action === "list") return listAllUsers(rest, env);
  throw new UsageError(
    action === undefined ? "user: expected add or list" : `user: unknown action "${action}"`,
  );
}

async function addUser(args: string[], env: CliEnv, stdin: NodeJS.ReadStream): Promise<number> {
  const { values } = parseArgs({
    args,
    options: stringOptions("email", "name", "role", "password"),
    strict: true,
  });
  if (!values.email) throw new UsageError("--email is required");
  if (!values.name) throw new UsageError("--name is required");
  if (!values.role || !(ROLES as readonly string[]).includes(values.role)) {
    throw new UsageError(`--role: expected ${ROLES.join(", ")}`);
  }
  const password = values.password ?? (await readPasswordFromStdin(stdin));
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new UsageError(`the password needs at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  const db = await openCliDatabase(env);
  try {
    const user = await createUser(db, {
      email: values.email,
      name: values.name,
      role: values.role as Role,
      password,
    });
    await recordAudit(db, {
      ...cliActor(),
      action: "user.create",
      detail: { userId: user.id, email: user.email, role: user.role, via: "cli" },
    });
    process.stdout.write(`added ${user.role} ${user.email} (${user.id})\n`);
    return 0;
  } finally {
    await db.close();
  }
}

/** The first line of stdin; refused from a terminal (this CLI never prompts). */
async function readPasswordFromStdin(stdin: NodeJS.ReadStream): Promise<string> {
  if (stdin.isTTY) throw new UsageError("give --password, or pipe the password on stdin");
  let text = "";
  for await (const chunk of stdin) text += String(chunk);
  const line = text.split(/\r?\n/)[0] ?? "";
  if (line === "") throw new UsageError("no password: give --password, or pipe it on stdin");
  return line;
}

async function listAllUsers(args: string[], env: CliEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: "string" } }, strict: true });
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json")
    throw new UsageError(`--format: expected table or json, not "${format}"`);
  const db = await openCliDatabase(env);
  try {
    const users = await listUsers(db);
    if (format === "json") {
      process.stdout.write(`${JSON.stringify(users)}\n`);
      return 0;
    }
    const lines = users.map((u) =>
      [u.email.padEnd(32), u.role.padEnd(10), (u.disabled ? "disabled" : "active").padEnd(8), u.name].join(
        " ",
      ),
    );
    process.stdout.write(
      [`${"email".padEnd(32)} ${"role".padEnd(10)} ${"status".padEnd(8)} name`, ...lines, ""].join("\n"),
    );
    return 0;
  } finally {
    await db.close();
  }
}
