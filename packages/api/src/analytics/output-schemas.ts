import { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "@antdash/antring-core";
import { z } from "zod";
import { BREAKDOWN_DIMENSIONS } from "./breakdowns";
import { HEATMAP_MODES } from "./heatmap";
import { MEDIAN_PRECISIONS } from "./summary";
import { TIME_BUCKETS } from "./time-series";

/** What the analytics procedures answer (declared, so clients get exact types and nothing else leaks out). */
const countsBy = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), z.number());

const rateSchema = z.number().min(0).max(1).nullable();

/** The KPIs by direction (kpis.ts): exactly the contract's keys. Rates 0..1, null when the denominator is 0. */
export const callKpisSchema = z.object({
  inbound: z.object({
    offered: z.number(),
    answered: z.number(),
    missed: z.number(),
    abandoned: z.number(),
    shortAbandoned: z.number(),
    answerRate: rateSchema,
    abandonRate: rateSchema,
    serviceLevel: rateSchema,
    serviceLevelSeconds: z.number(),
    asaSeconds: z.number().nullable(),
    avgAbandonWaitSeconds: z.number().nullable(),
  }),
  outbound: z.object({
    attempts: z.number(),
    connected: z.number(),
    connectRate: rateSchema,
    busy: z.number(),
  }),
  internal: z.object({ calls: z.number() }),
});

export const callSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number(),
  byDirection: countsBy(DIRECTIONS),
  byStatus: countsBy(STATUS_DETAILS),
  byClass: countsBy(CALL_CLASSES),
  byDid: z.record(z.string(), z.number()),
  byAgent: z.record(z.string(), z.number()),
  answered: z.number(),
  answerRate: z.number(),
  abandoned: z.number(),
  billingSeconds: z.number(),
  durationSeconds: z.number(),
  waitSeconds: z.number(),
  avgTalkSeconds: z.number(),
  medianTalkSeconds: z.number(),
  avgWaitSeconds: z.number(),
  medianWaitSeconds: z.number(),
  medianPrecision: z.enum(MEDIAN_PRECISIONS),
  kpis: callKpisSchema,
  outboundAvgTalkSeconds: z.number().nullable(),
});

export const breakdownRowSchema = z.object({
  key: z.string(),
  calls: z.number(),
  answered: z.number(),
  abandoned: z.number(),
  billingSeconds: z.number(),
  durationSeconds: z.number(),
  waitSeconds: z.number(),
  answerRate: z.number(),
  avgTalkSeconds: z.number(),
  avgWaitSeconds: z.number(),
  inboundOffered: z.number(),
  inboundAnswered: z.number(),
  inboundMissed: z.number(),
  inboundTalkSeconds: z.number(),
  outboundAttempts: z.number(),
  outboundConnected: z.number(),
  outboundConnectRate: rateSchema,
  outboundTalkSeconds: z.number(),
});

export const breakdownsSchema = z.object(
  Object.fromEntries(BREAKDOWN_DIMENSIONS.map((d) => [d, z.array(breakdownRowSchema)])) as Record<
    (typeof BREAKDOWN_DIMENSIONS)[number],
    z.ZodArray<typeof breakdownRowSchema>
  >,
);

export const timeSeriesSchema = z.object({
  bucket: z.enum(TIME_BUCKETS),
  timeZone: z.string(),
  points: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      label: z.string(),
      total: z.number(),
      answered: z.number(),
      byStatus: countsBy(STATUS_DETAILS),
      partial: z.boolean(),
    }),
  ),
});

export const heatmapSchema = z.object({
  timeZone: z.string(),
  mode: z.enum(HEATMAP_MODES),
  weekdayDays: z.array(z.number().int()).length(7),
  cells: z.array(
    z.object({
      weekday: z.number().int(),
      hour: z.number().int(),
      calls: z.number(),
      answered: z.number(),
      inboundOffered: z.number(),
      inboundAnswered: z.number(),
      value: z.number().nullable(),
    }),
  ),
});

export const distributionSchema = z.object({
  edges: z.array(z.number()),
  cells: z.array(
    z.object({
      billingFrom: z.number(),
      billingTo: z.number().nullable(),
      durationFrom: z.number(),
      durationTo: z.number().nullable(),
      calls: z.number(),
    }),
  ),
});

export const waitDistributionSchema = z.object({
  serviceLevelSeconds: z.number(),
  buckets: z.array(
    z.object({
      minSeconds: z.number(),
      maxSeconds: z.number().nullable(),
      answered: z.number(),
      abandoned: z.number(),
      withinServiceLevel: z.boolean(),
    }),
  ),
});

export const overviewSchema = z.object({
  summary: callSummarySchema,
  previous: callSummarySchema,
  breakdowns: breakdownsSchema,
  timeSeries: timeSeriesSchema,
});
