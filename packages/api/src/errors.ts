/**
 * Kinds of failure a domain function reports. Each domain names its own errors (RecordingNotFoundError,
 * LoginRateLimitedError...) by extending one of these, so the tRPC layer and the web app's HTTP routes map a whole
 * kind to one status without knowing every class. Messages are written for the person using the app: they reach
 * the browser as they are, so they never hold a secret, a signed URL or a stack.
 */
export abstract class ApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is wrong in a way a schema could not tell (e.g. a stale cursor). HTTP 400. */
export class InvalidInputError extends ApiError {}

/** The thing asked for does not exist (or is not visible to the caller). HTTP 404. */
export class NotFoundError extends ApiError {}

/** The request clashes with the current state (a taken email, the last admin). HTTP 409. */
export class ConflictError extends ApiError {}

/** Something the request needs is not set up or not ready (no SIP device, device offline). HTTP 412. */
export class PreconditionFailedError extends ApiError {}

/** Too many attempts; try again after `retryAfterSeconds`. HTTP 429. */
export class TooManyRequestsError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** AntRing (or another upstream) failed or could not be reached. HTTP 502. */
export class UpstreamUnavailableError extends ApiError {}

/** The caller is not signed in (`reason: "unauthenticated"`, HTTP 401) or lacks the role (HTTP 403). */
export class AccessDeniedError extends ApiError {
  constructor(
    readonly reason: "unauthenticated" | "forbidden",
    message = reason === "unauthenticated" ? "Sign in first." : "You are not allowed to do this.",
  ) {
    super(message);
  }
}

/** The HTTP status an ApiError maps to (web routes answer with it; tRPC uses the matching code). */
export function httpStatusOf(error: ApiError): number {
  if (error instanceof AccessDeniedError) return error.reason === "unauthenticated" ? 401 : 403;
  if (error instanceof InvalidInputError) return 400;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof PreconditionFailedError) return 412;
  if (error instanceof TooManyRequestsError) return 429;
  if (error instanceof UpstreamUnavailableError) return 502;
  return 500;
}
