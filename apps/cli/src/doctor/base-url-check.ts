import { DEFAULT_BASE_URL } from "@antdash/antring-core";
import { type CheckResult, fail, pass } from "./doctor-check";

/** The server's `Date` header and when it was answered, for the clock check. */
export interface ServerTime {
  serverMs: number;
  /** Local time halfway through the round trip: when the server most likely stamped its answer. */
  localMs: number;
  roundTripMs: number;
}

const TIMEOUT_MS = 10_000;
/** Answered even unsigned (with AntRing's documented error body). */
const HISTORIES_PATH = "/oapi/v1/call/histories";

/** A URL fit to print: no user, password, query or fragment. */
export function printableUrl(text: string): string {
  try {
    const url = new URL(text);
    return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
  } catch {
    return "(not a URL)";
  }
}

/**
 * Does anything answer at the base URL? Asks the histories route without parameters: AntRing (and the simulator)
 * answer it with their documented error body, which also tells that this is AntRing's API.
 */
export async function checkBaseUrl(baseUrl: string): Promise<{ result: CheckResult; time?: ServerTime }> {
  const shown = printableUrl(baseUrl);
  const fix = `set ANTRING_BASE_URL to AntRing's open API (${DEFAULT_BASE_URL}, now ${shown}) and check the network, proxy or firewall between this machine and it`;
  if (!/^https?:\/\/[^/]/.test(baseUrl) || !URL.canParse(baseUrl)) {
    return { result: fail("base-url", `ANTRING_BASE_URL is not an http(s) URL (${shown})`, fix) };
  }
  const started = Date.now();
  let response: Response;
  try {
    response = await fetch(`${baseUrl.replace(/\/+$/, "")}${HISTORIES_PATH}`, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { accept: "application/json" },
    });
  } catch (error) {
    return { result: fail("base-url", `${shown} does not answer (${networkReason(error)})`, fix) };
  }
  const answered = Date.now();
  const body = await response.text().catch(() => "");
  const code = documentedCode(body);
  const serverMs = Date.parse(response.headers.get("date") ?? "");
  const time = Number.isFinite(serverMs)
    ? { serverMs, localMs: (started + answered) / 2, roundTripMs: answered - started }
    : undefined;
  const what = code ? `HTTP ${response.status} ${code}, AntRing's error body` : `HTTP ${response.status}`;
  return { result: pass("base-url", `${shown} answers (${what}) in ${answered - started} ms`), time };
}

/** A code-shaped `message` of a JSON error body, e.g. APPID_MISSING. */
function documentedCode(body: string): string | undefined {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    return typeof message === "string" && /^[A-Z][A-Z0-9_]{1,63}$/.test(message) ? message : undefined;
  } catch {
    return undefined;
  }
}

/** Only a code (ECONNREFUSED, ENOTFOUND, a timeout): fetch messages may hold the URL. */
export function networkReason(error: unknown): string {
  if ((error as { name?: string }).name === "TimeoutError") return `no answer within ${TIMEOUT_MS / 1000} s`;
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === "string" ? cause.code : "network failure";
}
