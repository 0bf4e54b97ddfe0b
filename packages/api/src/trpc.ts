import { initTRPC, TRPCError } from "@trpc/server";
import superjson, { type SuperJSONResult } from "superjson";
import { ZodError } from "zod";
import { hasRole, type Role } from "./auth/roles";
import type { ApiContext } from "./context";
import { serializeAnswer } from "./read-cache/serialized-once";
import { unstorableText } from "./validation";
import {
  AccessDeniedError,
  ApiError,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  PreconditionFailedError,
  TooManyRequestsError,
  UpstreamUnavailableError,
} from "./errors";

const t = initTRPC.context<ApiContext>().create({
  // superjson both ways; a shared (cached) answer is turned into its wire form once, not per response.
  transformer: {
    input: superjson,
    output: { serialize: serializeAnswer, deserialize: (data: SuperJSONResult) => superjson.deserialize<unknown>(data) },
  },
  // Clients get a typed code and a readable message; never a stack trace or an internal error's text.
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message:
        shape.data.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on the server." : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        issues: zod ? zod.issues.map((i) => ({ path: i.path.join("."), message: i.message })) : undefined,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

type TrpcCode = ConstructorParameters<typeof TRPCError>[0]["code"];

function trpcCodeOf(error: ApiError): TrpcCode {
  if (error instanceof AccessDeniedError)
    return error.reason === "unauthenticated" ? "UNAUTHORIZED" : "FORBIDDEN";
  if (error instanceof InvalidInputError) return "BAD_REQUEST";
  if (error instanceof NotFoundError) return "NOT_FOUND";
  if (error instanceof ConflictError) return "CONFLICT";
  if (error instanceof PreconditionFailedError) return "PRECONDITION_FAILED";
  if (error instanceof TooManyRequestsError) return "TOO_MANY_REQUESTS";
  if (error instanceof UpstreamUnavailableError) return "BAD_GATEWAY";
  return "INTERNAL_SERVER_ERROR";
}

/** "path: message" per problem, for people (the structured issues travel in `data.issues` too). */
function readableIssues(error: ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/**
 * Domain errors (ApiError kinds) become typed tRPC codes with their readable message, and invalid input a
 * BAD_REQUEST that reads as a sentence instead of zod's JSON; anything else stays a 500.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof ApiError)
    throw new TRPCError({ code: trpcCodeOf(cause), message: cause.message, cause });
  if (result.error.code === "BAD_REQUEST" && cause instanceof ZodError) {
    throw new TRPCError({ code: "BAD_REQUEST", message: readableIssues(cause), cause });
  }
  return result;
});

/**
 * No procedure can store or look up text with a NUL character or a lone surrogate (PostgreSQL refuses both): a 400
 * naming the field, not a crash.
 */
const textTheDatabaseCanHold = t.middleware(async ({ getRawInput, next }) => {
  const found = unstorableText(await getRawInput());
  if (found) {
    // Keys that are not plain names are quoted (a key "[x" must not read as the start of raw JSON in the message).
    const field =
      found.path.map((key) => (/^[\w$-]+$/.test(key) ? key : JSON.stringify(key))).join(".") || "input";
    throw new TRPCError({ code: "BAD_REQUEST", message: `${field}: text ${found.problem}.` });
  }
  return next();
});

const baseProcedure = t.procedure.use(domainErrors).use(textTheDatabaseCanHold);

/** Anyone, signed in or not: only sign-in related procedures use this. */
export const publicProcedure = baseProcedure;

function requireRole(required: Role) {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
    if (!hasRole(ctx.user.role, required)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${required} role.` });
    }
    return next({ ctx: { ...ctx, user: ctx.user } });
  });
}

/** Any signed-in person: dashboards and call lists. */
export const viewerProcedure = baseProcedure.use(requireRole("viewer"));
/** Supervisors and admins: recordings, exports, click-to-call. */
export const supervisorProcedure = baseProcedure.use(requireRole("supervisor"));
/** Admins: users, settings, TV displays, sync control. */
export const adminProcedure = baseProcedure.use(requireRole("admin"));

/** A signed-in person or a TV display token: wallboard data only. */
export const wallboardProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.user && !ctx.tv) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  return next();
});
