// Helpers for the HTTP tests: they sign requests independently with node:crypto, exactly as the
// AntRing docs describe, so a signing bug in the simulator makes them fail.
import { createHash } from "node:crypto";
import type { RunningSimulator } from "../types";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** Wednesday 2024-06-05 09:30 UTC = 16:30 in Ho Chi Minh City. */
export const NOW = Date.UTC(2024, 5, 5, 9, 30, 0);

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export interface HistoryParams {
  from: string;
  to: string;
  limit?: string;
  page?: string;
}

/** A histories URL signed over exactly the parameters sent (appId, from, to, [limit], [page]). */
export function historiesUrl(sim: RunningSimulator, params: HistoryParams, hash?: string): string {
  const query = new URLSearchParams({ appId: sim.appId, created_from: params.from, created_to: params.to });
  if (params.limit !== undefined) query.set("limit", params.limit);
  if (params.page !== undefined) query.set("page", params.page);
  const signed =
    sim.appId + params.from + params.to + (params.limit ?? "") + (params.page ?? "") + sim.appSecret;
  query.set("hash", hash ?? sha256Hex(signed));
  return `${sim.url}/oapi/v1/call/histories?${query.toString()}`;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export async function getJson(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** The records of a histories response, whatever the envelope. */
export function recordsOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  const data = (body as { data?: unknown }).data;
  if (!Array.isArray(data)) throw new Error(`no records in ${JSON.stringify(body).slice(0, 200)}`);
  return data;
}

/** Pages through [from, to] with limit 100 until a short page, returning every page. */
export async function allPages(sim: RunningSimulator, from: string, to: string): Promise<unknown[][]> {
  const pages: unknown[][] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await getJson(historiesUrl(sim, { from, to, limit: "100", page: String(page) }));
    if (status !== 200) throw new Error(`page ${page}: ${status} ${JSON.stringify(body)}`);
    const records = recordsOf(body);
    pages.push(records);
    if (records.length < 100) return pages;
  }
}

export function playRecordingUrl(sim: RunningSimulator, media: string, hash?: string): string {
  const query = new URLSearchParams({
    appId: sim.appId,
    media,
    hash: hash ?? sha256Hex(sim.appId + media + sim.appSecret),
  });
  return `${sim.url}/oapi/v1/call/play_recording?${query.toString()}`;
}

export function headerAuth(sim: RunningSimulator, appSecret = sim.appSecret): Record<string, string> {
  return { "x-auth-app-id": sim.appId, "x-auth-app-hash": sha256Hex(sim.appId + appSecret) };
}

/** A clock the test moves by hand. */
export function manualClock(startMs: number): { now: () => number; advance: (ms: number) => void } {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}
