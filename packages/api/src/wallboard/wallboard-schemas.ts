import { STATUS_DETAILS } from "@antdash/antring-core";
import { z } from "zod";
import { kpiSettingsSchema, thresholdsSchema } from "../admin/settings";
import { callKpisSchema } from "../analytics/output-schemas";
import { firingAlertSchema } from "../alerts/alert-schemas";
import { wallboardCallbacksSchema } from "../callbacks/callback-schemas";
import { TILE_LEVELS } from "./tile-levels";

const kpisSchema = z.object({
  total: z.number(),
  answered: z.number(),
  missed: z.number(),
  abandoned: z.number(),
  inbound: z.number(),
  outbound: z.number(),
  answerRate: z.number(),
  avgWaitSeconds: z.number(),
  avgTalkSeconds: z.number(),
});

const tileLevelSchema = z.enum(TILE_LEVELS);

/** What wallboard.snapshot answers (declared: nothing beyond these aggregates reaches a wall screen). */
export const wallboardSnapshotSchema = z.object({
  at: z.date(),
  timeZone: z.string(),
  todayStart: z.date(),
  lastWeekDate: z.string(),
  kpis: kpisSchema,
  lastWeekKpis: kpisSchema,
  tiles: z.object({
    answerRate: tileLevelSchema,
    avgWait: tileLevelSchema,
    serviceLevel: tileLevelSchema,
    asa: tileLevelSchema,
    abandonRate: tileLevelSchema,
    inboundAnswerRate: tileLevelSchema,
  }),
  hourly: z.array(z.object({ hour: z.number(), today: z.number().nullable(), lastWeek: z.number() })),
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
  callKpis: callKpisSchema,
  lastWeekCallKpis: callKpisSchema,
  agentsInbound: z.array(
    z.object({
      agent: z.string(),
      answered: z.number(),
      missed: z.number(),
      talkSeconds: z.number(),
      avgTalkSeconds: z.number().nullable(),
    }),
  ),
  agentsOutbound: z.array(
    z.object({
      agent: z.string(),
      attempts: z.number(),
      connected: z.number(),
      connectRate: z.number().nullable(),
      talkSeconds: z.number(),
    }),
  ),
  missed: z.object({
    total: z.number(),
    callers: z.array(
      z.object({ number: z.string(), did: z.string().nullable(), lastAt: z.date(), attempts: z.number() }),
    ),
  }),
  callbacks: wallboardCallbacksSchema,
  freshness: z.object({
    newestCallAt: z.date().nullable(),
    lastSyncAt: z.date().nullable(),
    lastSyncFailed: z.boolean(),
  }),
  alerts: z.array(firingAlertSchema),
  thresholds: thresholdsSchema,
  kpiSettings: kpiSettingsSchema,
});
