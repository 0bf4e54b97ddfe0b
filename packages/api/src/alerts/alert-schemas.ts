import { z } from "zod";
import { deliveryStatusSchema } from "../outbox/delivery-status-schema";
import { instantInput } from "../validation";
import { ALERT_KINDS, alertRuleInputSchema, businessHoursSchema, webhookSecretSchema } from "./alert-rules";

export const alertRuleIdSchema = z.object({ id: z.uuid("id: not an alert rule id.") });

/** A rule as the browser sees it: never the signing key; the webhook URL (it may hold a token) to admins only. */
export const alertRuleViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ALERT_KINDS),
  threshold: z.number(),
  windowMinutes: z.number(),
  params: z.object({ maxAgeHours: z.number().optional() }),
  businessHours: businessHoursSchema.nullable(),
  emails: z.array(z.string()),
  webhookUrl: z.string().nullable(),
  hasWebhook: z.boolean(),
  webhookSecretSet: z.boolean(),
  enabled: z.boolean(),
  firingSince: z.date().nullable(),
  lastValue: z.number().nullable(),
  evaluatedAt: z.date().nullable(),
});
export type AlertRuleView = z.infer<typeof alertRuleViewSchema>;

/** Create: the rule, and optionally a signing key of the admin's own (otherwise one is generated). */
export const createAlertRuleInput = alertRuleInputSchema.extend({
  webhookSecret: webhookSecretSchema.optional(),
});
export const createAlertRuleOutput = z.object({
  rule: alertRuleViewSchema,
  /** Only when the server generated the key: shown once, so the receiver can be set up. */
  generatedSecret: z.string().nullable(),
});

/** Update replaces every field; webhookSecret: a new key, or absent to keep the one set. */
export const updateAlertRuleInput = createAlertRuleInput.extend({ id: alertRuleIdSchema.shape.id });

export const firingAlertSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ALERT_KINDS),
  threshold: z.number(),
  windowMinutes: z.number(),
  since: z.date(),
  value: z.number().nullable(),
});

export const alertHistoryInput = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  /** The previous page's nextCursor. */
  cursor: z.string().min(1).max(512).nullish(),
  ruleId: z.uuid("ruleId: not an alert rule id.").optional(),
});
export const alertHistoryOutput = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      ruleId: z.string(),
      ruleName: z.string().nullable(),
      kind: z.enum(["fired", "recovered"]),
      at: z.date(),
      value: z.number().nullable(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const alertDeliveriesInput = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  ruleId: z.uuid("ruleId: not an alert rule id.").optional(),
  problemsOnly: z.boolean().default(false),
});
export const alertDeliveriesOutput = z.array(
  z.object({
    id: z.string(),
    ruleId: z.string().nullable(),
    ruleName: z.string().nullable(),
    event: z.enum(["fired", "recovered"]).nullable(),
    eventAt: z.date().nullable(),
    channel: z.enum(["email", "webhook"]),
    target: z.string(),
    ...deliveryStatusSchema.shape,
  }),
);

/** How far ahead of the server's clock a preview may end (callers' clocks drift a little). */
const MAX_FUTURE_MS = 60_000;
const PREVIEW_STEPS = [5, 10, 15, 30, 60] as const;

/**
 * The rule being edited (saved or not) and the week to replay: the 7 days up to `to` (the browser sends now),
 * read every `stepMinutes` (no default: the caller chooses how fine; every step costs about the same, the readings
 * being computed together: alert-readings-over.ts).
 */
export const alertPreviewInput = z.object({
  rule: alertRuleInputSchema.pick({
    kind: true,
    threshold: true,
    windowMinutes: true,
    params: true,
    businessHours: true,
  }),
  to: instantInput("to").refine((d) => d.getTime() <= Date.now() + MAX_FUTURE_MS, {
    message: "to must not be in the future",
  }),
  stepMinutes: z.number().refine((n) => (PREVIEW_STEPS as readonly number[]).includes(n), {
    message: `stepMinutes must be one of ${PREVIEW_STEPS.join(", ")}`,
  }),
});
export const alertPreviewOutput = z.object({
  from: z.date(),
  to: z.date(),
  stepMinutes: z.number(),
  evaluations: z.number(),
  fired: z.number(),
  firingMinutes: z.number(),
  intervals: z.array(z.object({ start: z.date(), end: z.date().nullable() })),
});
