import { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "@antdash/antring-core";
import { z } from "zod";
import { BREAKDOWN_DIMENSIONS } from "./breakdowns";
import { HEATMAP_MODES } from "./heatmap";
import { MEDIAN_PRECISIONS } from "./summary";
import { TIME_BUCKETS } from "./time-series";

/**
 * What the analytics procedures answer (declared, so clients get exact types and nothing else leaks out). The
 * domain functions' result types are inferred from these schemas: one definition of each shape.
 */
const countsBy = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), z.number());

/** 0..1; null when the denominator is 0. */
const rateSchema = z.number().min(0).max(1).nullable();

/** The KPIs by direction (kpis.ts holds their formulas): exactly the contract's keys, nothing else goes in here. */
export const callKpisSchema = z.object({
  inbound: z.object({
    offered: z.number(),
    answered: z.number(),
    /** offered − answered */
    missed: z.number(),
    /** CANCELLED: the caller hung up before an answer. */
    abandoned: z.number(),
    shortAbandoned: z.number(),
    /** answered / offered */
    answerRate: rateSchema,
    /** (abandoned − shortAbandoned) / (offered − shortAbandoned) */
    abandonRate: rateSchema,
    /** answered with wait <= serviceLevelSeconds / (offered − shortAbandoned) */
    serviceLevel: rateSchema,
    serviceLevelSeconds: z.number(),
    /** Mean wait of answered inbound calls (average speed of answer). */
    asaSeconds: z.number().nullable(),
    /** Mean duration_seconds of abandoned inbound calls (short ones included). */
    avgAbandonWaitSeconds: z.number().nullable(),
  }),
  outbound: z.object({
    attempts: z.number(),
    /** SUCCESS */
    connected: z.number(),
    /** connected / attempts */
    connectRate: rateSchema,
    /** BUSY */
    busy: z.number(),
  }),
  internal: z.object({ calls: z.number() }),
});
export type CallKpis = z.infer<typeof callKpisSchema>;

/** The KPI summary shown on the dashboard and printed by `pnpm cli report` (one implementation for both). */
export const callSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number(),
  byDirection: countsBy(DIRECTIONS),
  byStatus: countsBy(STATUS_DETAILS),
  byClass: countsBy(CALL_CLASSES),
  /** DID -> calls, most calls first; calls without a DID are left out. */
  byDid: z.record(z.string(), z.number()),
  /**
   * Agent username -> calls they took part in (an internal call counts for both agents), most calls first. With
   * agents in the filter, those agents only.
   */
  byAgent: z.record(z.string(), z.number()),
  /** Calls with status SUCCESS. */
  answered: z.number(),
  /** answered / total, 0..1 (0 when there are no calls). */
  answerRate: z.number(),
  /** Calls the caller abandoned before an answer (CANCELLED). */
  abandoned: z.number(),
  billingSeconds: z.number(),
  durationSeconds: z.number(),
  /** Sum of duration − billing: ringing, IVR and queue time. */
  waitSeconds: z.number(),
  /** Average talk time of answered calls. */
  avgTalkSeconds: z.number(),
  /** Median talk time of answered calls. */
  medianTalkSeconds: z.number(),
  /** Average of duration − billing over all calls. */
  avgWaitSeconds: z.number(),
  medianWaitSeconds: z.number(),
  /**
   * How exact the medians are: they come from binned counts, exact up to 124 s (1-second bins) and
   * "interpolated" inside a wider bin above (within that bin: 5 s wide up to 3 min, 15 s up to 10 min...). A
   * string rather than a boolean so the flat exports (CSV rows of metric, value) print it as it is.
   */
  medianPrecision: z.enum(MEDIAN_PRECISIONS),
  /**
   * The call-center KPIs by direction (inbound service level, speed of answer, abandonment; outbound results;
   * internal calls), with the thresholds they were computed with. The fields above blend every kind of call;
   * these do not.
   */
  kpis: callKpisSchema,
  /** Average talk (billing) seconds of connected outbound calls; null when none connected. Not one of the KPIs. */
  outboundAvgTalkSeconds: z.number().nullable(),
});
export type CallSummary = z.infer<typeof callSummarySchema>;

/** Sums over a set of calls. */
const countersSchema = z.object({
  calls: z.number(),
  /** Calls with status SUCCESS. */
  answered: z.number(),
  /** Calls with status CANCELLED (the caller hung up before an answer). */
  abandoned: z.number(),
  billingSeconds: z.number(),
  durationSeconds: z.number(),
  waitSeconds: z.number(),
  /** Inbound calls (kpis.ts): for an agent, those that rang them (the callee was their user). */
  inboundOffered: z.number(),
  /** Inbound calls answered (SUCCESS). */
  inboundAnswered: z.number(),
  /** Talk (billing) seconds of inbound calls. */
  inboundTalkSeconds: z.number(),
  outboundAttempts: z.number(),
  /** Outbound calls answered (SUCCESS). */
  outboundConnected: z.number(),
  /** Talk (billing) seconds of outbound calls. */
  outboundTalkSeconds: z.number(),
});
export type Counters = z.infer<typeof countersSchema>;

/** One value of a dimension (a direction, a status, a DID, an agent...) and the KPIs of its calls. */
export const breakdownRowSchema = z.object({
  key: z.string(),
  ...countersSchema.shape,
  /** answered / calls, 0..1 (4 decimals). */
  answerRate: z.number(),
  /** billing / answered calls. */
  avgTalkSeconds: z.number(),
  /** wait / calls. */
  avgWaitSeconds: z.number(),
  /**
   * Inbound calls not answered. For an agent: inbound calls that rang them and were not answered, as far as the
   * history tells (AntRing names the callee user of an inbound call; one missed before reaching anyone names none).
   */
  inboundMissed: z.number(),
  /** outboundConnected / outboundAttempts; null without outbound calls. */
  outboundConnectRate: rateSchema,
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

const breakdownsSchema = z.object(
  Object.fromEntries(BREAKDOWN_DIMENSIONS.map((d) => [d, z.array(breakdownRowSchema)])) as Record<
    (typeof BREAKDOWN_DIMENSIONS)[number],
    z.ZodArray<typeof breakdownRowSchema>
  >,
);
export type Breakdowns = z.infer<typeof breakdownsSchema>;

export const timeSeriesSchema = z.object({
  bucket: z.enum(TIME_BUCKETS),
  timeZone: z.string(),
  /** Every bucket of the range in order, empty ones included. */
  points: z.array(
    /** One bucket: its calls by status. `from`/`to` bound exactly its calls within the filter (to drill down). */
    z.object({
      /** First instant of the bucket inside the filter's range (ISO). */
      from: z.string(),
      /** Last millisecond of the bucket inside the filter's range (ISO), inclusive like the filter's `to`. */
      to: z.string(),
      /** The bucket's start in the viewer's zone, "YYYY-MM-DDTHH:mm" (weeks start on Monday). */
      label: z.string(),
      total: z.number(),
      answered: z.number(),
      byStatus: countsBy(STATUS_DETAILS),
      /** The bucket is still going on (it holds the current instant): its numbers will grow; not a drop. */
      partial: z.boolean(),
    }),
  ),
});
export type TimeSeries = z.infer<typeof timeSeriesSchema>;

export const heatmapSchema = z.object({
  timeZone: z.string(),
  mode: z.enum(HEATMAP_MODES),
  /**
   * How many days of each weekday (index 0 = Sunday) the range touches in the viewer's zone: the divisor of the
   * per-day averages (a 10-day range has some weekdays twice and others once).
   */
  weekdayDays: z.array(z.number().int()).length(7),
  /** All 168 cells, Sunday 0h first, hour by hour. */
  cells: z.array(
    /** Calls in one hour of one weekday (viewer's zone), over the whole range. */
    z.object({
      /** 0 = Sunday .. 6 = Saturday. */
      weekday: z.number().int(),
      /** 0..23 */
      hour: z.number().int(),
      /** Totals over the range (not averaged). */
      calls: z.number(),
      answered: z.number(),
      inboundOffered: z.number(),
      inboundAnswered: z.number(),
      /** The mode's number: per day of this weekday in the range (see weekdayDays), or a rate. */
      value: z.number().nullable(),
    }),
  ),
});
export type Heatmap = z.infer<typeof heatmapSchema>;
export type HeatmapCell = Heatmap["cells"][number];

export const distributionSchema = z.object({
  edges: z.array(z.number()),
  /** Non-empty cells only (at most edges² of them, whatever the number of calls). */
  cells: z.array(
    /** Calls whose billing and duration fall in one bin each. `...To` bounds are exclusive; null = open-ended. */
    z.object({
      billingFrom: z.number(),
      billingTo: z.number().nullable(),
      durationFrom: z.number(),
      durationTo: z.number().nullable(),
      calls: z.number(),
    }),
  ),
});
export type Distribution = z.infer<typeof distributionSchema>;

/**
 * The patience curve of inbound calls: answered and abandoned calls per wait bucket. Wait = duration − talk, so it
 * includes ringing and IVR; an abandoned call has no talk, so its wait is its duration.
 */
export const waitDistributionSchema = z.object({
  serviceLevelSeconds: z.number(),
  buckets: z.array(
    /** Inbound calls answered and abandoned whose wait fell in [minSeconds, maxSeconds]. */
    z.object({
      minSeconds: z.number(),
      /** Inclusive; null for the open-ended last bucket. */
      maxSeconds: z.number().nullable(),
      answered: z.number(),
      abandoned: z.number(),
      /** Every wait of the bucket is within the service-level threshold (the buckets up to it). */
      withinServiceLevel: z.boolean(),
    }),
  ),
});
export type WaitDistribution = z.infer<typeof waitDistributionSchema>;

/** Everything the dashboard's first paint needs, in one call. */
export const overviewSchema = z.object({
  summary: callSummarySchema,
  /** The same criteria over the period of equal length just before (for the KPI cards' deltas). */
  previous: callSummarySchema,
  breakdowns: breakdownsSchema,
  timeSeries: timeSeriesSchema,
});
export type CallOverview = z.infer<typeof overviewSchema>;
