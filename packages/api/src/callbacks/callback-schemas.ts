import { z } from "zod";
import { instantInput } from "../validation";

/** Input and output shapes of the callbacks.* procedures (the Call-backs page, the CLI and the wallboard read them). */

export const CASE_STATUSES = ["open", "reached", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CLOSE_REASONS = ["wrong_number", "spam", "handled_elsewhere"] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
const REACHED_BY = ["callback", "customer"] as const;

/**
 * Worklist orders. "age" is the time since the first missed call (age desc = oldest first); "likely_now" puts the
 * numbers that most often called or answered at the current local hour first.
 */
const CASE_SORT_COLUMNS = [
  "first_missed_at",
  "last_missed_at",
  "age",
  "missed_count",
  "attempts",
  "last_attempt_at",
  "likely_now",
] as const;
export type CaseSortColumn = (typeof CASE_SORT_COLUMNS)[number];

const text = z
  .string()
  .min(1)
  .max(256)
  .refine((s) => !s.includes("\u0000"), { message: "must not contain a NUL character" });

const caseIdSchema = z.string().min(3).max(600);

/** The worklist filter: cases whose first missed call lies in [from, to]. */
export const caseFilterSchema = z
  .object({
    from: instantInput("from"),
    to: instantInput("to"),
    status: z.array(z.enum(CASE_STATUSES)).max(3).optional(),
    /** Any of the case's DIDs. */
    did: z.array(text).max(50).optional(),
    /** Owner user ids; "none" matches cases nobody owns. */
    owner: z.array(text).max(50).optional(),
    /** A full number in any spelling (exact), or a fragment of digits (contained). */
    number: text.trim().max(64).optional(),
  })
  .refine((f) => !Number.isNaN(f.from.getTime()) && !Number.isNaN(f.to.getTime()), {
    message: "from and to must be valid dates",
  })
  .refine((f) => f.to.getTime() >= f.from.getTime(), { message: "to is before from", path: ["to"] });
export type CaseFilter = z.infer<typeof caseFilterSchema>;

const MAX_CASE_PAGE_SIZE = 200;

export const listCasesInput = z.object({
  filter: caseFilterSchema,
  sort: z
    .object({ column: z.enum(CASE_SORT_COLUMNS), direction: z.enum(["asc", "desc"]) })
    .default({ column: "first_missed_at", direction: "desc" }),
  limit: z.number().int().min(1).max(MAX_CASE_PAGE_SIZE).default(50),
  cursor: z.string().min(1).max(1024).optional(),
});

const callbackCaseSchema = z.object({
  /** Stable: "<number>|<key of the first missed call>". */
  id: z.string(),
  /** The customer's number, E.164 (+84…) for Vietnamese numbers, else as AntRing wrote it. */
  number: z.string(),
  firstMissedAt: z.date(),
  lastMissedAt: z.date(),
  missedCount: z.number().int(),
  /** DIDs the missed calls came in on. */
  dids: z.array(z.string()),
  attempts: z.number().int(),
  firstAttemptAt: z.date().nullable(),
  lastAttemptAt: z.date().nullable(),
  status: z.enum(CASE_STATUSES),
  reachedAt: z.date().nullable(),
  reachedBy: z.enum(REACHED_BY).nullable(),
  /** The agent who reached the customer (called back, or answered the customer's call). */
  reachedAgent: z.string().nullable(),
  closedAt: z.date().nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  /** Email of who closed it. */
  closedBy: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** Seconds from the first missed call to now (open), to the reach or to the close. */
  ageSeconds: z.number().int(),
  /** How often the number called us or answered us per local hour (settings time zone), index 0 = 00:00–00:59. */
  contactHours: z.array(z.number().int()).length(24),
  /** Hours (0–23) at which it called or answered, most frequent first: when to call back. */
  bestHours: z.array(z.number().int()),
  /** contactHours at the current local hour: the "likely to answer now" score. */
  likelyNow: z.number().int(),
});
export type CallbackCaseView = z.infer<typeof callbackCaseSchema>;

export const listCasesOutput = z.object({
  rows: z.array(callbackCaseSchema),
  nextCursor: z.string().nullable(),
  /** Cases matching the filter (on the first page only). */
  total: z.number().int().optional(),
});

export const caseActionInput = z.object({ id: caseIdSchema });
export const assignCaseInput = z.object({ id: caseIdSchema, ownerId: z.string().min(1).max(64).nullable() });
export const closeCaseInput = z.object({ id: caseIdSchema, reason: z.enum(CLOSE_REASONS) });
export const caseActionOutput = callbackCaseSchema;

export const callCaseOutput = z.object({ number: z.string() });

export const ownersOutput = z.array(z.object({ id: z.string(), name: z.string(), email: z.string() }));

/** KPIs of the cases whose first missed call lies in the range. */
const caseKpisSchema = z.object({
  opened: z.number().int(),
  reached: z.number().int(),
  /** Still open (in the range). */
  open: z.number().int(),
  closed: z.number().int(),
  reachedWithin1h: z.number().int(),
  reachedWithin4h: z.number().int(),
  reachedWithin24h: z.number().int(),
  /** reachedWithin*h / opened, 0–1, null when none opened. */
  reachedWithin1hShare: z.number().nullable(),
  reachedWithin4hShare: z.number().nullable(),
  reachedWithin24hShare: z.number().nullable(),
  medianSecondsToFirstAttempt: z.number().nullable(),
  medianSecondsToReach: z.number().nullable(),
  reachedByCallback: z.number().int(),
  reachedByCustomer: z.number().int(),
  /** reachedByCallback / reached, null when none reached. */
  callbackShare: z.number().nullable(),
});
export type CaseKpis = z.infer<typeof caseKpisSchema>;

export const kpisInput = z.object({ filter: caseFilterSchema });
export const kpisOutput = z.object({
  overall: caseKpisSchema,
  /** Every open case now, whatever the range. */
  openBacklog: z.number().int(),
  /** By the agent who reached the case (cases nobody reached are under no agent). */
  byAgent: z.array(caseKpisSchema.extend({ agent: z.string() })),
  /** By the DID of the first missed call ("" = none). */
  byDid: z.array(caseKpisSchema.extend({ did: z.string() })),
});
export type CallbackKpis = z.infer<typeof kpisOutput>;

const repeatShareSchema = z.object({
  /** Answered inbound calls in the range. */
  answered: z.number().int(),
  /** ...followed by another inbound call from the same number within 24 h / 7 days. */
  repeat24h: z.number().int(),
  repeat7d: z.number().int(),
  repeat24hShare: z.number().nullable(),
  repeat7dShare: z.number().nullable(),
});
export const repeatCallersInput = z.object({
  filter: z
    .object({ from: instantInput("from"), to: instantInput("to") })
    .refine((f) => f.to.getTime() >= f.from.getTime(), { message: "to is before from", path: ["to"] }),
  limit: z.number().int().min(1).max(100).default(20),
});
export const repeatCallersOutput = z.object({
  overall: repeatShareSchema,
  /** By the agent who answered the first call. */
  byAgent: z.array(repeatShareSchema.extend({ agent: z.string() })),
  byDid: z.array(repeatShareSchema.extend({ did: z.string() })),
  /** The numbers with the most inbound calls in the range (2 or more), most first. */
  topCallers: z.array(
    z.object({ number: z.string(), calls: z.number().int(), answered: z.number().int(), lastAt: z.date() }),
  ),
});
export type RepeatCallers = z.infer<typeof repeatCallersOutput>;

/** The wallboard's call-back panel. */
export const wallboardCallbacksSchema = z.object({
  openBacklog: z.number().int(),
  /** The oldest open case's first missed call, or null. */
  oldestOpenAt: z.date().nullable(),
  /** Cases opened today (local day) and how many of them are reached. */
  openedToday: z.number().int(),
  reachedToday: z.number().int(),
  medianSecondsToReachToday: z.number().nullable(),
});
export type WallboardCallbacks = z.infer<typeof wallboardCallbacksSchema>;
