import type { Database } from "@antdash/db";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { NotFoundError } from "../errors";

export const ALERT_KINDS = [
  "service_level",
  "abandon_rate",
  "did_silent",
  "unsuccess_share",
  "backlog",
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Local days (1 = Monday .. 7 = Sunday) and minutes after midnight [start, end) when a rule is evaluated. */
export const businessHoursSchema = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1),
    start: z.number().int().min(0).max(1439),
    end: z.number().int().min(1).max(1440),
  })
  .refine((h) => h.end > h.start, { message: "The end is before the start.", path: ["end"] });
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/**
 * threshold: service_level = fires under this percent; abandon_rate = over this percent; did_silent = the least
 * usual calls in the window for a DID to count; unsuccess_share = percentage points above the usual share;
 * backlog = more cases than this (params.maxAgeHours: or a case older than that).
 */
export const alertRuleInputSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(120),
  kind: z.enum(ALERT_KINDS),
  threshold: z.number().min(0).max(100_000),
  windowMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  params: z
    .object({
      maxAgeHours: z
        .number()
        .positive()
        .max(24 * 30)
        .optional(),
    })
    .strict()
    .default({}),
  businessHours: businessHoursSchema.nullable().default(null),
  emails: z.array(z.email("Enter valid e-mail addresses.")).max(50).default([]),
  webhookUrl: z
    .url({ protocol: /^https?$/, error: "Enter an http(s) URL." })
    .nullable()
    .default(null),
  enabled: z.boolean().default(true),
});
export type AlertRuleInput = z.input<typeof alertRuleInputSchema>;

export interface AlertRule {
  id: string;
  name: string;
  kind: AlertKind;
  threshold: number;
  windowMinutes: number;
  params: { maxAgeHours?: number };
  businessHours: BusinessHours | null;
  emails: string[];
  webhookUrl: string | null;
  enabled: boolean;
  firingSince: Date | null;
  lastValue: number | null;
  evaluatedAt: Date | null;
}

/** The rule with its webhook signing key (server-only: never returned to the browser). */
export type AlertRuleWithSecret = AlertRule & { webhookSecret: string | null };

export class AlertRuleNotFoundError extends NotFoundError {
  constructor() {
    super("This alert rule does not exist.");
  }
}

type Row = Awaited<ReturnType<Database["prisma"]["alertRule"]["findFirstOrThrow"]>>;

function toRule(row: Row): AlertRuleWithSecret {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as AlertKind,
    threshold: row.threshold,
    windowMinutes: row.windowMinutes,
    params: z.object({ maxAgeHours: z.number().optional() }).catch({}).parse(row.params),
    businessHours: businessHoursSchema.nullable().catch(null).parse(row.businessHours),
    emails: z.array(z.string()).catch([]).parse(row.emails),
    webhookUrl: row.webhookUrl,
    webhookSecret: row.webhookSecret,
    enabled: row.enabled,
    firingSince: row.firingSince,
    lastValue: row.lastValue,
    evaluatedAt: row.evaluatedAt,
  };
}

/** Without the webhook secret. */
export function publicRule(rule: AlertRuleWithSecret): AlertRule {
  const { webhookSecret: _secret, ...view } = rule;
  return view;
}

/** Creates a rule; the webhook signing key is generated here and returned only once, to show the admin. */
export async function createAlertRule(
  db: Database,
  input: AlertRuleInput,
  createdBy: string | null,
): Promise<{ rule: AlertRule; webhookSecret: string }> {
  const data = alertRuleInputSchema.parse(input);
  const webhookSecret = randomBytes(24).toString("base64url");
  const row = await db.prisma.alertRule.create({
    data: { ...data, businessHours: data.businessHours ?? undefined, webhookSecret, createdBy },
  });
  return { rule: publicRule(toRule(row)), webhookSecret };
}

export async function updateAlertRule(db: Database, id: string, input: AlertRuleInput): Promise<AlertRule> {
  const data = alertRuleInputSchema.parse(input);
  const { count } = await db.prisma.alertRule.updateMany({
    where: { id },
    data: { ...data, businessHours: data.businessHours ?? undefined },
  });
  if (count === 0) throw new AlertRuleNotFoundError();
  return publicRule(await getAlertRule(db, id));
}

export async function deleteAlertRule(db: Database, id: string): Promise<void> {
  const { count } = await db.prisma.alertRule.deleteMany({ where: { id } });
  if (count === 0) throw new AlertRuleNotFoundError();
}

export async function getAlertRule(db: Database, id: string): Promise<AlertRuleWithSecret> {
  const row = await db.prisma.alertRule.findUnique({ where: { id } });
  if (!row) throw new AlertRuleNotFoundError();
  return toRule(row);
}

export async function listAlertRules(db: Database, opts: { enabledOnly?: boolean } = {}) {
  const rows = await db.prisma.alertRule.findMany({
    where: opts.enabledOnly ? { enabled: true } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map(toRule);
}
