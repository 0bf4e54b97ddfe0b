// The specs' Playwright fixtures: `import { expect, test } from "./fixtures"` instead of "@playwright/test".
import path from "node:path";
import { test as base, type Page } from "@playwright/test";
import { trpcQuery, waitForSyncedHistory } from "./calls-support";
import { DEMO_ADMIN, signIn, signInAs, type TestRole, trpcMutation } from "./helpers";

export { expect } from "@playwright/test";
export type { Browser, BrowserContext, Locator, Page } from "@playwright/test";

interface Fixtures {
  /**
   * Signs `page` (or another page) in as this spec file's user of `role` (`<spec>-<role>@example.com`, created the
   * first time): spec files share one server and database, so each has users of its own.
   */
  signInAs: (role: TestRole, onPage?: Page) => Promise<{ email: string; password: string }>;
  /** signInAs, then waits until the first sync has written the demo history (the specs that read calls need it). */
  signInWithHistory: (role: TestRole) => Promise<void>;
  /** A page of its own signed in as the demo admin, for settings and API calls beside the page under test. */
  adminPage: Page;
  /** tRPC calls from the signed-in `page`, as the app's own code makes them (same origin, session cookie). */
  trpc: {
    query: <T>(procedure: string, input?: unknown) => Promise<T>;
    mutate: (procedure: string, input: unknown) => Promise<{ status: number; body: unknown }>;
  };
}

export const test = base.extend<Fixtures>({
  signInAs: async ({ page }, use, testInfo) => {
    const spec = path.basename(testInfo.file).replace(/\.spec\.ts$/, "");
    await use((role, onPage = page) => signInAs(onPage, spec, role));
  },
  signInWithHistory: async ({ page, signInAs }, use) => {
    await use(async (role) => {
      await signInAs(role);
      await waitForSyncedHistory(page);
    });
  },
  adminPage: async ({ browser }, use) => {
    const admin = await browser.newPage();
    await signIn(admin, DEMO_ADMIN);
    await use(admin);
    await admin.close();
  },
  trpc: async ({ page }, use) => {
    await use({
      query: (procedure, input) => trpcQuery(page, procedure, input),
      mutate: (procedure, input) => trpcMutation(page, procedure, input),
    });
  },
});
