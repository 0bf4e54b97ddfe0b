import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "./fixtures";
import ExcelJS from "exceljs";
import { countCalls, finishedRange } from "./calls-support";

// The export buttons download exactly the calls the table shows: the same count as its total (and the API's),
// every row matching the filter.

const range = finishedRange(2);
const filter = { from: range.from, to: range.to, status: ["SUCCESS"], direction: ["to_ab"] };
const pageUrl = `/calls?${range.query}&status=SUCCESS&direction=to_ab`;

async function tableTotal(page: Page): Promise<number> {
  const total = page.getByTestId("calls-total");
  await expect(total).toHaveAttribute("data-total", /^\d+$/);
  return Number(await total.getAttribute("data-total"));
}

async function downloadFrom(page: Page, testId: string) {
  const downloading = page.waitForEvent("download");
  await page.getByTestId(testId).click();
  const download = await downloading;
  await expect(page.getByTestId("export-status")).toHaveAttribute("data-state", "done");
  return download;
}

test.beforeEach(async ({ signInWithHistory }) => {
  await signInWithHistory("supervisor");
});

test("the CSV button downloads exactly the filtered calls", async ({ page }) => {
  await page.goto(pageUrl);
  const total = await tableTotal(page);
  expect(total).toBe(await countCalls(page, filter));
  expect(total).toBeGreaterThan(0);

  const download = await downloadFrom(page, "export-csv");
  expect(download.suggestedFilename()).toMatch(/^calls-\d{8}-\d{8}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...lines] = bytes
    .toString("utf8")
    .slice(1)
    .split(/\r?\n/)
    .filter((line) => line !== "");
  const columns = header!.split(",");
  expect(lines).toHaveLength(total);
  const status = columns.indexOf("status_detail");
  const direction = columns.indexOf("direction");
  const utc = columns.indexOf("time_utc");
  for (const line of lines) {
    const cells = line.split(",");
    expect(cells[status]).toBe("SUCCESS");
    expect(cells[direction]).toBe("to_ab");
    const at = Date.parse(cells[utc]!);
    expect(at).toBeGreaterThanOrEqual(Date.parse(range.from));
    expect(at).toBeLessThanOrEqual(Date.parse(range.to));
  }
  await expect(page.getByTestId("export-status")).toContainText(download.suggestedFilename());
});

test("the XLSX button downloads exactly the filtered calls", async ({ page }) => {
  await page.goto(pageUrl);
  const total = await tableTotal(page);

  const download = await downloadFrom(page, "export-xlsx");
  expect(download.suggestedFilename()).toMatch(/^calls-\d{8}-\d{8}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  // In the pages' language (Vietnamese by default): its sheet, headers and status names; the machine values too.
  const sheet = workbook.getWorksheet("Cuộc gọi");
  expect(sheet).toBeDefined();
  const rows: unknown[][] = [];
  sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const [header, ...data] = rows;
  expect(data).toHaveLength(total);
  const status = header!.indexOf("status_detail");
  const named = header!.indexOf("Trạng thái");
  for (const row of data) expect([row[status], row[named]]).toEqual(["SUCCESS", "Đã trả lời"]);
});
