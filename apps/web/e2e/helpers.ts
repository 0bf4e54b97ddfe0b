import { expect, type Page } from "@playwright/test";

/** The demo admin `pnpm start` creates when no AntRing credentials and no ADMIN_EMAIL are set. */
export const DEMO_ADMIN = { email: "admin@example.com", password: "demo-admin-password" };

export async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.goto("/sign-in");
  await page.locator("#email").fill(credentials.email);
  await page.locator("#password").fill(credentials.password);
  await page.locator("button[type=submit]").click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

/**
 * Calls a tRPC mutation from the signed-in page, as the app's own code would (same origin, session cookie).
 * Returns the HTTP status and the JSON body.
 */
export async function trpcMutation(
  page: Page,
  path: string,
  input: unknown,
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { path, input },
  );
}

/** A range sure to hold demo calls: the last week. */
export function lastWeek(): { from: string; to: string } {
  const to = new Date();
  return { from: new Date(to.getTime() - 7 * 86_400_000).toISOString(), to: to.toISOString() };
}

export type TestRole = "admin" | "supervisor" | "viewer";

/**
 * Signs the page in as a user of `role` made for one spec file (`<spec>-<role>@example.com`), creating it through
 * the admin API the first time. Spec files share one server and database, so each uses its own users.
 */
export async function signInAs(
  page: Page,
  spec: string,
  role: TestRole,
): Promise<{ email: string; password: string }> {
  const user = {
    email: `${spec}-${role}@example.com`,
    password: `${spec}-${role}-password`,
    role,
    name: `${spec} ${role}`,
  };
  await signInAsNew(page, user);
  return user;
}

/** Signs the page in as `user`, whom the demo admin creates first (from a page of its own) unless they exist. */
export async function signInAsNew(
  page: Page,
  user: { email: string; password: string; role: string } & Record<string, unknown>,
): Promise<void> {
  const admin = await page.context().browser()!.newPage();
  try {
    await signIn(admin, DEMO_ADMIN);
    await createUser(admin, user);
  } finally {
    await admin.close();
  }
  await signIn(page, user);
}

/** Creates a user from an admin's page; one that already exists (an earlier run, a retry) is fine. */
export async function createUser(
  admin: Page,
  user: { email: string; role: string } & Record<string, unknown>,
): Promise<void> {
  const { status, body } = await trpcMutation(admin, "admin.createUser", user);
  if (status !== 200 && !JSON.stringify(body).includes("CONFLICT")) {
    throw new Error(`could not create ${user.email}: ${status} ${JSON.stringify(body)}`);
  }
}
