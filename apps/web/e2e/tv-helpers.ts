// Helpers of the wallboard specs (tv.spec.ts, tv-live.spec.ts): display tokens, settings, the demo simulator.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { trpcMutation } from "./helpers";

export interface Thresholds {
  answerRateRedPercent: number;
  answerRateAmberPercent: number;
  maxWaitSeconds: number;
  abandonRateRedPercent: number;
  staleDataMinutes: number;
}

export async function createDisplay(admin: Page, name: string): Promise<{ id: string; token: string }> {
  const { status, body } = await trpcMutation(admin, "admin.createTvDisplay", { name });
  expect(status).toBe(200);
  const created = (body as { result: { data: { json: { display: { id: string }; token: string } } } }).result
    .data.json;
  return { id: created.display.id, token: created.token };
}

export async function revokeDisplay(admin: Page, id: string): Promise<void> {
  expect((await trpcMutation(admin, "admin.revokeTvDisplay", { id })).status).toBe(200);
}

export async function getThresholds(admin: Page): Promise<Thresholds> {
  const response = await admin.request.get("/api/trpc/admin.getSettings");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: { json: { thresholds: Thresholds } } } }).result.data
    .json.thresholds;
}

export async function setThresholds(admin: Page, thresholds: Thresholds): Promise<void> {
  expect((await trpcMutation(admin, "admin.updateSettings", { thresholds })).status).toBe(200);
}

export interface KpiSettings {
  serviceLevelSeconds: number;
  shortAbandonSeconds: number;
  serviceLevelTargetPercent: number;
}

export async function getKpiSettings(admin: Page): Promise<KpiSettings> {
  const response = await admin.request.get("/api/trpc/admin.getSettings");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: { json: { kpi: KpiSettings } } } }).result.data.json
    .kpi;
}

export async function setKpiSettings(admin: Page, kpi: KpiSettings): Promise<void> {
  expect((await trpcMutation(admin, "admin.updateSettings", { kpi })).status).toBe(200);
}

/** The demo simulator `pnpm start` runs beside the app (its address is noted in DATA_DIR/demo-simulator.json). */
export function simulatorUrl(): string {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  return (JSON.parse(readFileSync(path.join(dataDir, "demo-simulator.json"), "utf8")) as { url: string }).url;
}

export interface PlacedCall {
  callId: string;
  endsAt: Date;
}

/** Places a call in the simulator: live signals now, a history record once it ends. */
export async function placeCall(page: Page, call: Record<string, unknown>): Promise<PlacedCall> {
  const post = () => page.request.post(`${simulatorUrl()}/_sim/calls`, { data: call });
  // Right after a resumed simulator closes the kept-alive connections that went idle, one attempt may be reset.
  const response = await post().catch(() => post());
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { callId: string; endsAt: string };
  return { callId: body.callId, endsAt: new Date(body.endsAt) };
}

/** A Vietnamese mobile number nobody else in the demo data uses. */
export function uniqueNumber(): string {
  return `09${String(Date.now() % 100_000_000).padStart(8, "0")}`;
}

/**
 * The process listening on the simulator's port. `pnpm start` ends the whole app when the simulator exits, so
 * the specs "stop" it by suspending it (SIGSTOP) and resume it (SIGCONT): to the app it is an upstream that stops
 * answering, then comes back.
 */
function simulatorPid(): number {
  const port = new URL(simulatorUrl()).port;
  const listing = execFileSync("ss", ["-ltnpH", `( sport = :${port} )`], { encoding: "utf8" });
  const pid = Number(/pid=(\d+)/.exec(listing)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0)
    throw new Error(`no process listens on the simulator's port ${port}`);
  return pid;
}

export function suspendSimulator(): number {
  const pid = simulatorPid();
  process.kill(pid, "SIGSTOP");
  return pid;
}

export function resumeSimulator(pid: number): void {
  process.kill(pid, "SIGCONT");
}

/** The number a KPI tile shows (digits only, so "1.234" and "1,234" both read 1234). */
export async function tileNumber(page: Page, tile: string): Promise<number> {
  // The tile's own second span is its value (the label span may hold a level text span of its own).
  const text = await page.getByTestId(`tile-${tile}`).locator(":scope > span").nth(1).innerText();
  return Number(text.replace(/\D/g, "") || "0");
}
