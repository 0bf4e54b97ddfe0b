/** AntRing's routes, one place. */
export const PATHS = {
  authToken: "/oapi/v1/voice/auth_token",
  clickToCall: (number: string) => `/oapi/v1/call/click-to-call/${encodeURIComponent(number)}`,
  histories: "/oapi/v1/call/histories",
  playRecording: "/oapi/v1/call/play_recording",
} as const;

/**
 * A loggable description of a request: method, path and only the parameters the
 * caller names as safe. The URL itself is never used because it carries the hash.
 */
export function describeRequest(
  method: string,
  path: string,
  safeParams: Record<string, string | number> = {},
): string {
  const params = Object.entries(safeParams).map(([key, value]) => `${key}=${value}`);
  return [method, path, ...params].join(" ");
}
