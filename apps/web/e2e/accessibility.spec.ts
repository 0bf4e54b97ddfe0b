import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from "./fixtures";
import { type CallPage, finishedRange, listCalls, waitForSyncedHistory } from "./calls-support";
import { createUser, DEMO_ADMIN, signIn, type TestRole } from "./helpers";
import {
  createDisplay,
  getKpiSettings,
  getThresholds,
  placeCall,
  setKpiSettings,
  setThresholds,
  uniqueNumber,
} from "./tv-helpers";

// Every page, in both languages, as each role whose view of it differs, checked by axe-core against WCAG 2.1 A and
// AA: no violation at all. A new page is one line in PAGES.

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const LOCALES = ["vi", "en"] as const;
type Locale = (typeof LOCALES)[number];

/** What a page's URL may need: a stretch of synced history and one call in it. */
interface Fixtures {
  range: string;
  callId: string;
  /** A call with a recording, for the player. */
  recordedCallId: string;
}

interface PageCase {
  name: string;
  path: (fixtures: Fixtures) => string;
  /** The roles it is checked as: those that see it differently (controls, a refusal page). */
  roles: TestRole[];
  /** Dark theme as well as light (the dashboard's own switch; colours do not depend on the language: vi only). */
  dark?: boolean;
  /** Drawn outside the signed-in shell (the app's 404 page). */
  noShell?: boolean;
}

// Roles: admins see more navigation (and the admin pages), supervisors the controls that act (export, call back,
// listen, take a case), viewers neither; each page is checked as the roles whose view of it differs.
const PAGES: PageCase[] = [
  { name: "overview", path: (f) => `/?${f.range}`, roles: ["admin", "viewer"], dark: true },
  { name: "calls", path: (f) => `/calls?${f.range}`, roles: ["supervisor", "viewer"] },
  {
    name: "call detail",
    path: (f) => `/calls?${f.range}&call=${encodeURIComponent(f.callId)}`,
    roles: ["supervisor", "viewer"],
    dark: true,
  },
  { name: "call-backs", path: () => "/callbacks", roles: ["supervisor", "viewer"] },
  { name: "agents", path: (f) => `/agents?${f.range}`, roles: ["admin"] },
  { name: "DIDs", path: (f) => `/dids?${f.range}`, roles: ["admin"] },
  { name: "glossary", path: () => "/glossary", roles: ["admin", "viewer"] },
  { name: "sync", path: () => "/sync", roles: ["admin", "viewer"] },
  { name: "users (admin)", path: () => "/admin/users", roles: ["admin", "viewer"], dark: true },
  { name: "TV displays (admin)", path: () => "/admin/tv-displays", roles: ["admin"] },
  { name: "settings (admin)", path: () => "/admin/settings", roles: ["admin"] },
  { name: "audit (admin)", path: () => "/admin/audit", roles: ["admin"] },
  { name: "not found", path: () => "/no-such-page", roles: ["admin"], noShell: true },
  { name: "reports", path: () => "/reports", roles: ["supervisor", "viewer"] },
  { name: "alerts", path: () => "/alerts", roles: ["admin", "supervisor"] },
];

/** Pages seen without signing in. */
const PUBLIC_PAGES: Array<{ name: string; path: string }> = [
  { name: "sign-in", path: "/sign-in" },
  { name: "not found (signed out)", path: "/no-such-page" },
  { name: "TV refusal", path: "/tv/not-a-display-token" },
];

/** axe's findings, one readable block per rule: what, why, where. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    - ${n.target.join(" ")}\n      ${n.failureSummary?.replaceAll("\n", "\n      ")}`)
        .join("\n");
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : "";
      return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length})\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join("\n\n");
}

/** `within`: only that part of the page (a CSS selector), e.g. a pop-over that was just opened. */
async function expectNoViolations(page: Page, what: string, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  const results = await (within ? builder.include(within) : builder).analyze();
  expect(
    results.violations.map((v) => v.id),
    `${what}:\n${describeViolations(results.violations)}`,
  ).toEqual([]);
}

/** Until nothing on the page is loading any more (charts, tables, the filter bar). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await expect
    .poll(
      () =>
        page.evaluate(() => document.querySelectorAll('[aria-busy="true"], [data-state="loading"]').length),
      { timeout: 30_000 },
    )
    .toBe(0);
  // Charts draw (and animate) after their data arrives.
  await page.waitForTimeout(800);
}

function withCookies(context: BrowserContext, baseURL: string, locale: Locale, theme: "light" | "dark") {
  return context.addCookies([
    { name: "antdash-locale", value: locale, url: baseURL },
    { name: "antdash-theme", value: theme, url: baseURL },
  ]);
}

const sessions = new Map<TestRole, Awaited<ReturnType<BrowserContext["storageState"]>>>();
let fixtures: Fixtures;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  const adminContext = await browser.newContext();
  const page = await adminContext.newPage();
  await signIn(page, DEMO_ADMIN);
  await waitForSyncedHistory(page);
  const range = finishedRange(7);
  const calls: CallPage = await listCalls(page, { filter: { from: range.from, to: range.to }, limit: 5 });
  expect(calls.rows.length, "the demo history has calls").toBeGreaterThan(0);
  const recorded: CallPage = await listCalls(page, {
    filter: { from: range.from, to: range.to, hasRecording: true },
    limit: 1,
  });
  expect(recorded.rows.length, "the demo history has recorded calls").toBeGreaterThan(0);
  fixtures = { range: range.query, callId: calls.rows[0]!.id, recordedCallId: recorded.rows[0]!.id };
  sessions.set("admin", await adminContext.storageState());
  for (const role of ["supervisor", "viewer"] as const) {
    const user = {
      email: `a11y-${role}@example.com`,
      password: `a11y-${role}-password`,
      role,
      name: `a11y ${role}`,
    };
    await createUser(page, user);
    const context = await browser.newContext();
    await signIn(await context.newPage(), user);
    sessions.set(role, await context.storageState());
    await context.close();
  }
  await adminContext.close();
});

async function contextFor(
  browser: Browser,
  baseURL: string,
  role: TestRole | null,
  locale: Locale,
  theme: "light" | "dark",
) {
  const context = await browser.newContext(role ? { storageState: sessions.get(role) } : {});
  await withCookies(context, baseURL, locale, theme);
  return context;
}

for (const locale of LOCALES) {
  for (const entry of PAGES) {
    for (const role of entry.roles) {
      for (const theme of entry.dark && locale === "vi"
        ? (["light", "dark"] as const)
        : (["light"] as const)) {
        test(`${entry.name} as ${role} (${locale}, ${theme})`, async ({ browser, baseURL }) => {
          // A scan of a page full of charts takes a while on a busy machine.
          test.setTimeout(120_000);
          const context = await contextFor(browser, baseURL!, role, locale, theme);
          try {
            const page = await context.newPage();
            const response = await page.goto(entry.path(fixtures));
            expect(response?.status()).toBeLessThan(entry.name.startsWith("not found") ? 500 : 400);
            if (!entry.noShell) await expect(page.getByTestId("signed-in-user")).toBeVisible();
            await expect(page.locator("html")).toHaveAttribute("lang", locale);
            await settle(page);
            await expectNoViolations(page, `${entry.name} as ${role} (${locale}, ${theme})`);
          } finally {
            await context.close();
          }
        });
      }
    }
  }

  for (const entry of PUBLIC_PAGES) {
    test(`${entry.name} (${locale})`, async ({ browser, baseURL }) => {
      const context = await contextFor(browser, baseURL!, null, locale, "light");
      try {
        const page = await context.newPage();
        await page.goto(entry.path);
        await settle(page);
        await expectNoViolations(page, `${entry.name} (${locale})`);
      } finally {
        await context.close();
      }
    });
  }
}

/**
 * What the pages open on demand, scanned while open: the filter bar's pop-overs, the column chooser, the call's
 * detail panel and its player, the modal dialogs, the report and alert editors. Each is opened from the keyboard
 * (its opener focused, Enter). Dialogs and the panel take the focus; Escape closes them and every pop-over, and
 * gives the focus back to the opener.
 */
interface Opening {
  name: string;
  role: TestRole;
  path: (f: Fixtures) => string;
  opener: (page: Page) => Locator;
  opened: (page: Page) => Locator;
  /**
   * popover: a <details> whose summary keeps the focus; dialog, panel: take the focus into them; inline: a part of
   * the page that stays (an editor, a playing player), scanned only.
   */
  kind: "popover" | "dialog" | "panel" | "inline";
  /** Once open, before the scan: bring it to the state worth checking (playing, a preview run). */
  then?: (opened: Locator, page: Page) => Promise<void>;
}

const filterPopover = (testId: string): Pick<Opening, "opener" | "opened" | "kind"> => ({
  opener: (page) => page.getByTestId(testId).locator("summary"),
  opened: (page) => page.getByTestId(testId),
  kind: "popover",
});
const userRow = (page: Page) => page.getByRole("row").filter({ hasText: "a11y-viewer@example.com" });

const OPENINGS: Opening[] = [
  ...["direction", "status", "class", "did", "agent"].map((dimension) => ({
    name: `filter ${dimension} pop-over`,
    role: "supervisor" as const,
    path: (f: Fixtures) => `/calls?${f.range}`,
    ...filterPopover(`filter-${dimension}`),
  })),
  {
    name: "saved views pop-over",
    role: "supervisor",
    path: (f) => `/?${f.range}`,
    ...filterPopover("saved-views"),
  },
  {
    name: "column chooser",
    role: "supervisor",
    path: (f) => `/calls?${f.range}`,
    ...filterPopover("column-chooser"),
  },
  {
    name: "call detail panel",
    role: "supervisor",
    path: (f) => `/calls?${f.range}`,
    opener: (page) => page.locator("tr[data-call-id][tabindex='0']"),
    opened: (page) => page.getByTestId("call-detail"),
    kind: "panel",
    // Loaded: the call's time shows.
    then: (panel) => expect(panel.locator("time").first()).toBeVisible(),
  },
  {
    name: "recording player, playing",
    role: "supervisor",
    path: (f) => `/calls?${f.range}&call=${encodeURIComponent(f.recordedCallId)}`,
    opener: (page) => page.getByTestId("player-toggle"),
    opened: (page) => page.getByTestId("recording-player"),
    kind: "inline",
  },
  {
    name: "call-back close dialog",
    role: "supervisor",
    path: () => "/callbacks",
    opener: (page) => page.getByTestId("case-close").first(),
    opened: (page) => page.getByRole("dialog"),
    kind: "dialog",
  },
  {
    name: "reset password dialog",
    role: "admin",
    path: () => "/admin/users",
    opener: (page) => userRow(page).getByRole("button", { name: /^(Đặt lại mật khẩu|Reset password)/ }),
    opened: (page) => page.getByRole("dialog"),
    kind: "dialog",
  },
  {
    name: "delete user dialog",
    role: "admin",
    path: () => "/admin/users",
    opener: (page) => userRow(page).getByRole("button", { name: /^(Xóa|Delete)/ }),
    opened: (page) => page.getByRole("dialog"),
    kind: "dialog",
  },
  {
    name: "report editor",
    role: "supervisor",
    path: () => "/reports",
    opener: (page) => page.getByRole("button", { name: /^(Tạo báo cáo|New report)$/ }),
    opened: (page) => page.locator("main form"),
    kind: "inline",
  },
  {
    name: "alert rule editor with its preview",
    role: "admin",
    path: () => "/alerts",
    opener: (page) => page.getByRole("button", { name: /^(Thêm quy tắc|Add a rule)$/ }),
    opened: (page) => page.getByTestId("alert-rule-editor"),
    kind: "inline",
    then: async (editor) => {
      const preview = editor.getByTestId("alert-preview");
      await preview.getByRole("button", { name: /^(Thử trên tuần trước|Test on last week)$/ }).click();
      await expect(preview.getByTestId("alert-preview-result")).toBeVisible({ timeout: 30_000 });
      // The list of times it would have fired, when there are any.
      const intervals = preview.locator("details summary");
      if ((await intervals.count()) > 0) await intervals.click();
    },
  },
];

for (const locale of LOCALES) {
  for (const entry of OPENINGS) {
    test(`${entry.name} open, as ${entry.role} (${locale})`, async ({ browser, baseURL }) => {
      test.setTimeout(120_000);
      const context = await contextFor(browser, baseURL!, entry.role, locale, "light");
      try {
        const page = await context.newPage();
        await page.goto(entry.path(fixtures));
        await settle(page);
        const opener = entry.opener(page);
        await opener.focus();
        await page.keyboard.press("Enter");
        const opened = entry.opened(page);
        if (entry.kind === "popover") await expect(opened).toHaveAttribute("open", "");
        else await expect(opened).toBeVisible();
        if (entry.kind !== "inline") {
          const focusInside = await opened.evaluate((element) => element.contains(document.activeElement));
          expect(focusInside, `${entry.name} holds the focus once open`).toBe(true);
        }
        await entry.then?.(opened, page);
        await settle(page);
        await opened.evaluate((element) => element.setAttribute("data-a11y-scan", ""));
        await expectNoViolations(page, `${entry.name} open (${locale})`, "[data-a11y-scan]");
        if (entry.kind === "inline") return;
        await page.keyboard.press("Escape");
        if (entry.kind === "popover") await expect(opened).not.toHaveAttribute("open", "");
        else await expect(opened).toBeHidden();
        await expect(opener, `Escape gives the focus back to what opened ${entry.name}`).toBeFocused();
      } finally {
        await context.close();
      }
    });
  }
}

// The wallboard: its own dark theme, every panel of the rotation, live calls on the strip, tiles in every colour.
test.describe("TV wallboard", () => {
  for (const locale of LOCALES) {
    test(`every panel (${locale})`, async ({ adminPage: admin, browser }) => {
      test.setTimeout(240_000);
      const original = await getThresholds(admin);
      const originalKpi = await getKpiSettings(admin);
      const display = await createDisplay(admin, `Accessible wall ${locale}`);
      const tvContext = await browser.newContext();
      const tv = await tvContext.newPage();
      try {
        // A call ringing, so the live strip is not empty.
        await placeCall(tv, {
          direction: "to_ab",
          caller: uniqueNumber(),
          ringSeconds: 90,
          answered: false,
          status: "CANCELLED",
        });
        // The tiles as the demo's thresholds colour them (some amber or red), on the KPI panel the rotation holds.
        await tv.goto(`/tv/${display.token}?rotate=600&lang=${locale}`);
        const wall = tv.getByTestId("wallboard");
        await expect(wall).toHaveAttribute("data-panel", "kpis");
        await settle(tv);
        await expectNoViolations(tv, `TV kpis (${locale}, demo thresholds)`);

        // Thresholds nothing breaches: the rotation shows every panel in turn (8 s each: time for one scan).
        await setThresholds(admin, {
          ...original,
          answerRateRedPercent: 0,
          answerRateAmberPercent: 0,
          maxWaitSeconds: 3600,
          abandonRateRedPercent: 100,
        });
        await setKpiSettings(admin, { ...originalKpi, serviceLevelTargetPercent: 0 });
        await tv.goto(`/tv/${display.token}?rotate=8&lang=${locale}`);
        for (const panel of ["kpis", "hourly", "status", "dids", "agents", "missed"]) {
          await expect(wall).toHaveAttribute("data-panel", panel, { timeout: 12_000 });
          await expectNoViolations(tv, `TV ${panel} (${locale})`);
        }
      } finally {
        await setThresholds(admin, original);
        await setKpiSettings(admin, originalKpi);
        await tvContext.close();
      }
    });
  }
});

// From the keyboard: the first stop skips to the content, and every stop after it shows where focus is.
test("the keyboard reaches the content first and every focus is visible (overview)", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await contextFor(browser, baseURL!, "admin", "en", "light");
  try {
    const page = await context.newPage();
    await page.goto(`/?${fixtures.range}`);
    await settle(page);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    // From the content on: each focused control draws a ring (or, for a chart's SVG link, a stroke round it).
    const seen: string[] = [];
    for (let stop = 0; stop < 40; stop++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | SVGElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== "none";
        const child = element.firstElementChild?.nextElementSibling ?? element.firstElementChild;
        const stroke =
          element instanceof SVGElement && child
            ? parseFloat(getComputedStyle(child).strokeWidth) >= 2
            : false;
        const label = element.getAttribute("aria-label") ?? element.textContent ?? "";
        const where = `${element.id ? `#${element.id}` : ""}${element.getAttribute("type") ? `[type=${element.getAttribute("type")}]` : ""}`;
        const name = `${element.tagName.toLowerCase()}${where} "${label.trim().slice(0, 40)}" (outline ${style.outlineStyle} ${style.outlineWidth})`;
        // A date input's focus sits on one of its fields inside Chromium's own shadow tree, which Chromium highlights
        // itself; the input then matches neither :focus nor :focus-visible, so its computed style cannot show it.
        const nativeSegments = element instanceof HTMLInputElement && element.type === "datetime-local";
        return {
          visible: ring || shadow || stroke || nativeSegments,
          inMain: !!element.closest("main"),
          name,
        };
      });
      if (!focus) break;
      expect(focus.inMain, `${focus.name} follows the skip link`).toBe(true);
      expect(focus.visible, `focus on ${focus.name} is visible`).toBe(true);
      seen.push(focus.name);
    }
    expect(seen.length).toBeGreaterThan(10);
  } finally {
    await context.close();
  }
});
