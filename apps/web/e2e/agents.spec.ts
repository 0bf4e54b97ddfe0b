import { finishedRange } from "./calls-support";
import { expect, type Page, test } from "./fixtures";

// The agents and DIDs tables against the API's own summary of the same range.

interface Summary {
  total: number;
  byDirection: Record<string, number>;
  byClass: Record<string, number>;
  byAgent: Record<string, number>;
}

/** Rows of the table on the page: key → calls. */
async function tableRows(page: Page): Promise<Map<string, number>> {
  const rows = page.getByTestId("kpi-row");
  await expect(rows.first()).toBeVisible();
  const pairs = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute("data-key") ?? "", Number(tr.getAttribute("data-calls"))] as const),
  );
  return new Map(pairs);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

// A finished stretch of the demo history, so live calls arriving meanwhile change nothing.
const { from, to, query: range } = finishedRange(5);

test.beforeEach(async ({ signInWithHistory }) => {
  await signInWithHistory("supervisor");
});

test("the DIDs table adds up to the period's calls and links into the calls", async ({ page, trpc }) => {
  const summary = await trpc.query<Summary>("analytics.summary", { filter: { from, to } });
  expect(summary.total).toBeGreaterThan(0);

  await page.goto(`/dids?${range}`);
  const rows = await tableRows(page);
  // AntRing gives a DID to inbound calls only: the DID rows are exactly the inbound calls...
  expect(sum(rows.values())).toBe(summary.byDirection.to_ab);
  // ...and with the "no DID" row they make the total, which the footer repeats.
  const footer = page.getByTestId("kpi-footer-row");
  const [noDid, total] = await footer.evaluateAll((trs) =>
    trs.map((tr) => Number(tr.getAttribute("data-calls"))),
  );
  expect(sum(rows.values()) + noDid!).toBe(summary.total);
  expect(total).toBe(summary.total);
  await expect(page.getByTestId("period-total")).toHaveAttribute("data-calls", String(summary.total));
  await expect(footer.first().getByRole("img")).toBeVisible(); // the trend, once its windows have loaded

  const [did] = [...rows.keys()];
  await page
    .getByRole("link", { name: new RegExp(`${escaped(did!)}$`) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/calls\?/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll("did")).toEqual([did]);
  expect(url.searchParams.get("from")).toBe(from);
  expect(url.searchParams.get("to")).toBe(to);
});

test("the agents table matches the summary per agent, sorts, and links into the calls", async ({
  page,
  trpc,
}) => {
  const summary = await trpc.query<Summary>("analytics.summary", { filter: { from, to } });
  const unanswered = await trpc.query<Summary>("analytics.summary", {
    filter: { from, to, direction: ["to_ab"], status: ["IVR"] },
  });

  await page.goto(`/agents?${range}`);
  const rows = await tableRows(page);
  expect(Object.fromEntries(rows)).toEqual(
    Object.fromEntries(Object.entries(summary.byAgent).filter(([, calls]) => calls > 0)),
  );
  // The demo's calls all have one agent, except inbound calls that ended in the IVR (none) and internal calls
  // (two): so the rows add up to the total minus the first plus the second.
  expect(sum(rows.values())).toBe(summary.total - unanswered.total + (summary.byClass.one_one ?? 0));
  await expect(page.getByTestId("period-total")).toHaveAttribute("data-calls", String(summary.total));

  // Most calls first; the column heading turns it around.
  const callsOrder = async () =>
    page.getByTestId("kpi-row").evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-calls"))));
  const descending = await callsOrder();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  const header = page.getByRole("columnheader", { name: /^Calls|^Cuộc gọi/ });
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const ascending = await callsOrder();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  const agent = [...rows.keys()][0]!;
  await page
    .getByRole("link", { name: new RegExp(`${escaped(agent)}$`) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/calls\?/);
  expect(new URL(page.url()).searchParams.getAll("agent")).toEqual([agent]);
});
