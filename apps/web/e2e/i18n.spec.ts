import { expect, type Page, test } from "./fixtures";
import { filters } from "../src/i18n/messages/filters";
import { overview } from "../src/i18n/messages/overview";
import { shell } from "../src/i18n/messages/shell";

import { chart, settledRange } from "./overview-support";

// Switching to Vietnamese translates every label of the overview, its filter bar and the shell. The message files
// are the source of truth: every English text that differs from its Vietnamese counterpart must be gone.

/** The fixed parts (between {placeholders}) of every English message that differs from the Vietnamese one. */
function englishOnlyFragments(): string[] {
  const fragments = new Set<string>();
  const walk = (vi: unknown, en: unknown) => {
    if (typeof en === "string" && typeof vi === "string") {
      if (en === vi) return;
      for (const part of en.split(/\{\w+\}/)) {
        const text = part
          .trim()
          .replace(/^[(),.:;–-]+|[(),.:;–-]+$/g, "")
          .trim();
        if (text.length >= 3) fragments.add(text);
      }
      return;
    }
    if (typeof en === "object" && en !== null && typeof vi === "object" && vi !== null) {
      for (const key of Object.keys(en))
        walk((vi as Record<string, unknown>)[key], (en as Record<string, unknown>)[key]);
    }
  };
  for (const domain of [shell, overview, filters]) walk(domain.vi, domain.en);
  return [...fragments];
}

/** Everything a person can read or hear on the page: visible text, popover contents, names, titles, options. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.body.innerText];
    for (const element of document.querySelectorAll("details, option, svg title, svg text")) {
      parts.push(element.textContent ?? "");
    }
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      for (const name of ["aria-label", "title", "placeholder"]) parts.push(element.getAttribute(name) ?? "");
    }
    // Who is signed in is data (the user's own name), not a label.
    const user = document.querySelector("[data-testid=signed-in-user]")?.textContent ?? "";
    return parts.join("\n").replaceAll(user, "");
  });
}

const containsWord = (text: string, fragment: string) =>
  new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(text);

async function chartsReady(page: Page) {
  for (const id of ["direction", "status", "timeseries", "did", "distribution", "heatmap"]) {
    await expect(chart(page, id)).toHaveAttribute("data-state", "ready");
    await expect(chart(page, id).locator("[data-testid=chart-element]").first()).toBeAttached();
  }
}

test("switching to Vietnamese translates every label on the overview", async ({
  page,
  signInWithHistory,
}) => {
  test.setTimeout(120_000);
  await signInWithHistory("supervisor");
  await page.goto(settledRange(7).url);
  const fragments = englishOnlyFragments();
  expect(fragments.length).toBeGreaterThan(80);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  await chartsReady(page);
  const english = await readableText(page);
  // The reading works: the English page shows most English labels (the rest belong to states not on screen).
  const shown = fragments.filter((f) => containsWord(english, f));
  expect(shown.length).toBeGreaterThan(fragments.length / 2);
  expect(shown).toEqual(
    expect.arrayContaining(["Service level", "Calls over time", "Saved views", "Inbound", "Busy"]),
  );

  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");
  await chartsReady(page);
  await expect(page.getByTestId("chart-status")).toContainText("Máy bận");
  const vietnamese = await readableText(page);
  expect(fragments.filter((f) => containsWord(vietnamese, f))).toEqual([]);
  // Dates and weekdays are Vietnamese too (formatted by Intl in the viewer's language).
  // Letters on both sides are Unicode-aware: "Thuật" (Vietnamese) is not "Thu".
  expect(vietnamese).not.toMatch(/(?<!\p{L})(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(day)?(?!\p{L})/u);
  expect(vietnamese).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);

  // Remembered: a new page in the same browser stays Vietnamese, and English stays English after a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");
});
