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
  /** Whether webhook posts are signed: the key itself is never shown again after it is saved. */
  webhookSecretSet: boolean;
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
    webhookSecretSet: row.webhookSecret !== null,
  };
}

/** Without the webhook secret. */
export function publicRule(rule: AlertRuleWithSecret): AlertRule {
  const { webhookSecret: _secret, ...view } = rule;
  return view;
}

/** A webhook signing key the admin types in: long enough to resist guessing. */
export const webhookSecretSchema = z
  .string()
  .min(16, "Use at least 16 characters.")
  .max(200)
  .regex(/^\S+$/, "No spaces.");

/**
 * Creates a rule. Without a key of the admin's own, the webhook signing key is generated here and returned only
 * this once (`generatedSecret`), to show the admin.
 */
export async function createAlertRule(
  db: Database,
  input: AlertRuleInput,
  createdBy: string | null,
  opts: { webhookSecret?: string } = {},
): Promise<{ rule: AlertRule; webhookSecret: string; generatedSecret: boolean }> {
  const data = alertRuleInputSchema.parse(input);
  const webhookSecret = opts.webhookSecret ?? randomBytes(24).toString("base64url");
  const row = await db.prisma.alertRule.create({
    data: { ...data, businessHours: undefined, webhookSecret, createdBy },
  });
  await writeBusinessHours(db, row.id, data.businessHours);
  return {
    rule: publicRule(await getAlertRule(db, row.id)),
    webhookSecret,
    generatedSecret: opts.webhookSecret === undefined,
  };
}

/** Replaces every field of the rule (businessHours null = always); the signing key only when one is given. */
export async function updateAlertRule(
  db: Database,
  id: string,
  input: AlertRuleInput,
  opts: { webhookSecret?: string } = {},
): Promise<AlertRule> {
  const data = alertRuleInputSchema.parse(input);
  const { count } = await db.prisma.alertRule.updateMany({
    where: { id },
    data: {
      ...data,
      businessHours: undefined,
      ...(opts.webhookSecret !== undefined && { webhookSecret: opts.webhookSecret }),
    },
  });
  if (count === 0) throw new AlertRuleNotFoundError();
  await writeBusinessHours(db, id, data.businessHours);
  return publicRule(await getAlertRule(db, id));
}

/**
 * Written apart because Prisma reads `undefined` as "leave it" and needs its own marker for a JSON null: clearing
 * a rule's hours used to keep the old ones.
 */
async function writeBusinessHours(db: Database, id: string, hours: BusinessHours | null): Promise<void> {
  await db.pool.query(`UPDATE alert_rules SET business_hours = $2::jsonb WHERE id = $1`, [
    id,
    hours === null ? null : JSON.stringify(hours),
  ]);
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
