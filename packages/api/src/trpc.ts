import { initTRPC, TRPCError } from "@trpc/server";
import superjson, { type SuperJSONResult } from "superjson";
import { ZodError } from "zod";
import { requireRole as requireUserRole } from "./auth/require-role";
import type { Role } from "./auth/roles";
import type { ApiContext } from "./context";
import { serializeAnswer } from "./read-cache/serialized-once";
import { unstorableText } from "./validation";
import { AccessDeniedError, ApiError, ERROR_KINDS, InvalidInputError } from "./errors";

const t = initTRPC.context<ApiContext>().create({
  // superjson both ways; a shared (cached) answer is turned into its wire form once, not per response.
  transformer: {
    input: superjson,
    output: {
      serialize: serializeAnswer,
      deserialize: (data: SuperJSONResult) => superjson.deserialize<unknown>(data),
    },
  },
  // Clients get a typed code, a machine-readable reason to choose their words by, and a readable message; never a
  // stack trace or an internal error's text.
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message:
        shape.data.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on the server." : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        reason: error.cause instanceof ApiError ? error.cause.reason : null,
        issues: zod ? zod.issues.map((i) => ({ path: i.path.join("."), message: i.message })) : undefined,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** "path: message" per problem, for people (the structured issues travel in `data.issues` too). */
function readableIssues(error: ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/**
 * Domain errors (ApiError kinds) become their tRPC code (ERROR_KINDS) with their readable message, and invalid input a
 * BAD_REQUEST that reads as a sentence instead of zod's JSON; anything else stays a 500.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof ApiError)
    throw new TRPCError({ code: ERROR_KINDS[cause.kind].trpcCode, message: cause.message, cause });
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
    throw new InvalidInputError(`${field}: text ${found.problem}.`);
  }
  return next();
});

const baseProcedure = t.procedure.use(domainErrors).use(textTheDatabaseCanHold);

function requireRole(required: Role) {
  return t.middleware(({ ctx, next }) =>
    next({ ctx: { ...ctx, user: requireUserRole(ctx.user, required) } }),
  );
}

/** Any signed-in person: dashboards and call lists. */
export const viewerProcedure = baseProcedure.use(requireRole("viewer"));
/** Supervisors and admins: recordings, exports, click-to-call. */
export const supervisorProcedure = baseProcedure.use(requireRole("supervisor"));
/** Admins: users, settings, TV displays, sync control. */
export const adminProcedure = baseProcedure.use(requireRole("admin"));

/** A signed-in person or a TV display token: wallboard data only. */
export const wallboardProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.user && !ctx.tv) throw new AccessDeniedError("unauthenticated");
  return next();
});
