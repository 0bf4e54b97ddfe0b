import { STATUS_DETAILS } from "@antdash/antring-core";
import { z } from "zod";
import { kpiSettingsSchema, thresholdsSchema } from "../admin/settings";
import { callKpisSchema } from "../analytics/output-schemas";
import { firingAlertSchema } from "../alerts/alert-schemas";
import { wallboardCallbacksSchema } from "../callbacks/callback-schemas";
import { TILE_LEVELS } from "./tile-levels";

// What wallboard.snapshot answers (declared: nothing beyond these aggregates reaches a wall screen). The domain
// functions' types are inferred from these schemas.

const kpisSchema = z.object({
  total: z.number(),
  answered: z.number(),
  /** Calls not answered (every status but SUCCESS). */
  missed: z.number(),
  abandoned: z.number(),
  inbound: z.number(),
  outbound: z.number(),
  /** 0..1 */
  answerRate: z.number(),
  avgWaitSeconds: z.number(),
  avgTalkSeconds: z.number(),
});
export type WallboardKpis = z.infer<typeof kpisSchema>;

const tileLevelSchema = z.enum(TILE_LEVELS);
const tileLevelsSchema = z.object({
  /** All of today's calls' answer rate (blended: kept for older screens). */
  answerRate: tileLevelSchema,
  /** All of today's calls' average wait (blended: kept for older screens). */
  avgWait: tileLevelSchema,
  /** Inbound service level: red below the target (KPI settings' serviceLevelTargetPercent). */
  serviceLevel: tileLevelSchema,
  /** Inbound speed of answer: red above maxWaitSeconds. */
  asa: tileLevelSchema,
  /** Inbound abandon rate: red above abandonRateRedPercent. */
  abandonRate: tileLevelSchema,
  /** Inbound answer rate: red/amber under the answer-rate thresholds. */
  inboundAnswerRate: tileLevelSchema,
});
export type TileLevels = z.infer<typeof tileLevelsSchema>;

const missedCallbacksSchema = z.object({
  /** How many numbers wait for a call back. */
  total: z.number(),
  /** The most recent ones first, at most `limit`. */
  callers: z.array(
    /** A customer whose inbound call(s) today were not answered and who has not been reached since. */
    z.object({
      number: z.string(),
      /** The DID they called last, or null. */
      did: z.string().nullable(),
      /** Their latest unanswered call. */
      lastAt: z.date(),
      /** Unanswered calls from them today. */
      attempts: z.number(),
    }),
  ),
});
export type MissedCallbacks = z.infer<typeof missedCallbacksSchema>;

/** How current the cache is: the wall greys out when either instant is older than the stale threshold. */
const freshnessSchema = z.object({
  /** started_at of the newest cached call. */
  newestCallAt: z.date().nullable(),
  /** When the last successful sync run finished (any process). */
  lastSyncAt: z.date().nullable(),
  /** Whether the newest finished run failed (the upstream may be down). */
  lastSyncFailed: z.boolean(),
});
export type Freshness = z.infer<typeof freshnessSchema>;

/** Everything a wall screen shows, for one local day. */
export const wallboardSnapshotSchema = z.object({
  /** The instant the numbers are as of. */
  at: z.date(),
  timeZone: z.string(),
  todayStart: z.date(),
  lastWeekDate: z.string(),
  kpis: kpisSchema,
  /** The same numbers for last week's same weekday, from its start to the same time of day. */
  lastWeekKpis: kpisSchema,
  tiles: tileLevelsSchema,
  hourly: z.array(
    z.object({
      /** Local hour of day, 0..23. */
      hour: z.number(),
      /** Calls today in that hour; null for hours still to come. */
      today: z.number().nullable(),
      /** Calls in that hour on the same weekday last week. */
      lastWeek: z.number(),
    }),
  ),
  statusMix: z.array(z.object({ status: z.enum(STATUS_DETAILS), calls: z.number() })),
  dids: z.array(z.object({ did: z.string(), calls: z.number(), answered: z.number() })),
  agents: z.array(
    z.object({
      agent: z.string(),
      calls: z.number(),
      answered: z.number(),
      talkSeconds: z.number(),
      avgTalkSeconds: z.number(),
    }),
  ),
  /** Today's call-center KPIs by direction (the same as analytics.summary's kpis for today so far). */
  callKpis: callKpisSchema,
  /** The same for last week's same weekday up to the same time of day. */
  lastWeekCallKpis: callKpisSchema,
  /** Leaderboard of inbound work: most inbound calls answered first. */
  agentsInbound: z.array(
    z.object({
      agent: z.string(),
      /** Inbound calls they answered today. */
      answered: z.number(),
      /** Inbound calls that rang them and were not answered (as far as the history tells). */
      missed: z.number(),
      talkSeconds: z.number(),
      /** Average talk of their inbound calls answered; null when none. */
      avgTalkSeconds: z.number().nullable(),
    }),
  ),
  /** Leaderboard of outbound work: most outbound calls connected first. */
  agentsOutbound: z.array(
    z.object({
      agent: z.string(),
      attempts: z.number(),
      connected: z.number(),
      /** connected / attempts, 0..1. */
      connectRate: z.number().nullable(),
      talkSeconds: z.number(),
    }),
  ),
  missed: missedCallbacksSchema,
  /** The call-back worklist's panel (issue 13). */
  callbacks: wallboardCallbacksSchema,
  freshness: freshnessSchema,
  /** Alert rules firing now (the banner); empty for a past day's board. */
  alerts: z.array(firingAlertSchema),
  thresholds: thresholdsSchema,
  /** The KPI thresholds in force (service level seconds and target, short-abandon seconds). */
  kpiSettings: kpiSettingsSchema,
});
export type WallboardSnapshot = z.infer<typeof wallboardSnapshotSchema>;
