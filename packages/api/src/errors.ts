import type { TRPCError } from "@trpc/server";

type TrpcCode = ConstructorParameters<typeof TRPCError>[0]["code"];

/**
 * The one table of failure kinds: the HTTP status the web app's routes answer with and the tRPC code procedures
 * answer with. A kind's name is the code clients read in both (tRPC's `data.code`, a route's JSON `error`).
 */
export const ERROR_KINDS = {
  BAD_REQUEST: { httpStatus: 400, trpcCode: "BAD_REQUEST" },
  UNAUTHORIZED: { httpStatus: 401, trpcCode: "UNAUTHORIZED" },
  FORBIDDEN: { httpStatus: 403, trpcCode: "FORBIDDEN" },
  NOT_FOUND: { httpStatus: 404, trpcCode: "NOT_FOUND" },
  CONFLICT: { httpStatus: 409, trpcCode: "CONFLICT" },
  PRECONDITION_FAILED: { httpStatus: 412, trpcCode: "PRECONDITION_FAILED" },
  PAYLOAD_TOO_LARGE: { httpStatus: 413, trpcCode: "PAYLOAD_TOO_LARGE" },
  // Only byte-range requests (recordings) are answered over plain HTTP; tRPC has no such code.
  RANGE_NOT_SATISFIABLE: { httpStatus: 416, trpcCode: "BAD_REQUEST" },
  TOO_MANY_REQUESTS: { httpStatus: 429, trpcCode: "TOO_MANY_REQUESTS" },
  INTERNAL_SERVER_ERROR: { httpStatus: 500, trpcCode: "INTERNAL_SERVER_ERROR" },
  BAD_GATEWAY: { httpStatus: 502, trpcCode: "BAD_GATEWAY" },
} as const satisfies Record<string, { httpStatus: number; trpcCode: TrpcCode }>;

export type ErrorKind = keyof typeof ERROR_KINDS;

/**
 * Why a request was refused, for machines: sent beside the code (tRPC's `data.reason`, a route's JSON `reason`) so
 * a client picks its own translated words by it and never reads the English message.
 */
export type ErrorReason =
  | "unauthenticated"
  | "forbidden"
  | "emailTaken"
  | "lastAdmin"
  | "userNotFound"
  | "wrongPassword"
  | "weakPassword"
  | "guessablePassword"
  | "loginRateLimited"
  | "sipDeviceNotConfigured"
  | "sipDeviceOffline"
  | "clickToCallFailed"
  | "syncBusy"
  | "syncUnavailable"
  | "recordingNotFound"
  | "recordingUnavailable"
  | "invalidFilter";

/**
 * Kinds of failure a domain function reports. Each domain names its own errors (RecordingNotFoundError,
 * LoginRateLimitedError...) by extending one of these, so the tRPC layer and the web app's HTTP routes map a whole
 * kind through ERROR_KINDS without knowing every class. Messages are written for the person using the app: they
 * reach the browser as they are, so they never hold a secret, a signed URL or a stack.
 */
export abstract class ApiError extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    message: string,
    /** Set by the errors a client tells apart from others of their kind. */
    readonly reason: ErrorReason | null = null,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is wrong in a way a schema could not tell (e.g. a stale cursor). */
export class InvalidInputError extends ApiError {
  override readonly kind: ErrorKind = "BAD_REQUEST";
}

/** The thing asked for does not exist (or is not visible to the caller). */
export class NotFoundError extends ApiError {
  override readonly kind = "NOT_FOUND";
}

/** The request clashes with the current state (a taken email, the last admin). */
export class ConflictError extends ApiError {
  override readonly kind = "CONFLICT";
}

/** Something the request needs is not set up or not ready (no SIP device, device offline). */
export class PreconditionFailedError extends ApiError {
  override readonly kind = "PRECONDITION_FAILED";
}

/** Too many attempts; try again after `retryAfterSeconds`. */
export class TooManyRequestsError extends ApiError {
  override readonly kind = "TOO_MANY_REQUESTS";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    reason: ErrorReason | null = null,
  ) {
    super(message, reason);
  }
}

/** AntRing (or another upstream) failed or could not be reached. */
export class UpstreamUnavailableError extends ApiError {
  override readonly kind = "BAD_GATEWAY";
}

/** The caller is not signed in (`reason: "unauthenticated"`) or lacks the role (`"forbidden"`). */
export class AccessDeniedError extends ApiError {
  override readonly kind: ErrorKind;
  constructor(
    override readonly reason: "unauthenticated" | "forbidden",
    message = reason === "unauthenticated" ? "Sign in first." : "You are not allowed to do this.",
  ) {
    super(message, reason);
    this.kind = reason === "unauthenticated" ? "UNAUTHORIZED" : "FORBIDDEN";
  }
}

/** The HTTP status an ApiError maps to (web routes answer with it; tRPC uses the kind's code). */
export function httpStatusOf(error: ApiError): number {
  return ERROR_KINDS[error.kind].httpStatus;
}
