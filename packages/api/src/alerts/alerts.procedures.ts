import { z } from "zod";
import { getSettings } from "../admin/settings";
import { recordAudit } from "../audit/audit";
import { hasRole } from "../auth/roles";
import type { SessionUser } from "../context";
import { adminProcedure, supervisorProcedure } from "../trpc";
import { listAlertDeliveries } from "./alert-deliveries";
import { pageAlertEvents } from "./alert-history";
import { previewAlert } from "./alert-preview";
import {
  type AlertRule,
  createAlertRule,
  deleteAlertRule,
  getAlertRule,
  listAlertRules,
  publicRule,
  updateAlertRule,
} from "./alert-rules";
import {
  alertDeliveriesInput,
  alertDeliveriesOutput,
  alertHistoryInput,
  alertHistoryOutput,
  alertPreviewInput,
  alertPreviewOutput,
  alertRuleIdSchema,
  type AlertRuleView,
  alertRuleViewSchema,
  createAlertRuleInput,
  createAlertRuleOutput,
  firingAlertSchema,
  updateAlertRuleInput,
} from "./alert-schemas";
import { firingAlerts } from "./firing-alerts";

/** The browser's view of a rule; the webhook URL (Slack's and Chat's carry their token) only to admins. */
function viewOf(rule: AlertRule, user: SessionUser): AlertRuleView {
  const { webhookUrl, ...rest } = rule;
  return {
    ...rest,
    webhookUrl: hasRole(user.role, "admin") ? webhookUrl : null,
    hasWebhook: webhookUrl !== null,
  };
}

/** What the audit trail keeps of a rule: its settings, never the key (only whether it changed). */
const auditDetail = (rule: AlertRule, secretChanged: boolean) => ({
  ruleId: rule.id,
  name: rule.name,
  kind: rule.kind,
  threshold: rule.threshold,
  windowMinutes: rule.windowMinutes,
  businessHours: rule.businessHours,
  emails: rule.emails.length,
  webhook: rule.webhookUrl !== null,
  enabled: rule.enabled,
  secretChanged,
});

/** alerts.rules (supervisor): every rule, by name. */
export const listAlertRulesProcedure = supervisorProcedure
  .output(z.array(alertRuleViewSchema))
  .query(async ({ ctx }) => (await listAlertRules(ctx.db)).map((r) => viewOf(publicRule(r), ctx.user)));

/** alerts.get (supervisor). */
export const getAlertRuleProcedure = supervisorProcedure
  .input(alertRuleIdSchema)
  .output(alertRuleViewSchema)
  .query(async ({ ctx, input }) => viewOf(publicRule(await getAlertRule(ctx.db, input.id)), ctx.user));

/** alerts.create (admin): audited; the generated signing key is answered this once. */
export const createAlertRuleProcedure = adminProcedure
  .input(createAlertRuleInput)
  .output(createAlertRuleOutput)
  .mutation(async ({ ctx, input }) => {
    const { webhookSecret, ...rule } = input;
    const created = await createAlertRule(ctx.db, rule, ctx.user.id, {
      ...(webhookSecret !== undefined && { webhookSecret }),
    });
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "alert_rule.create",
      detail: auditDetail(created.rule, true),
    });
    return {
      rule: viewOf(created.rule, ctx.user),
      generatedSecret: created.generatedSecret ? created.webhookSecret : null,
    };
  });

/** alerts.update (admin): replaces the rule's settings (the key only when a new one is given); audited. */
export const updateAlertRuleProcedure = adminProcedure
  .input(updateAlertRuleInput)
  .output(alertRuleViewSchema)
  .mutation(async ({ ctx, input }) => {
    const { id, webhookSecret, ...rule } = input;
    const updated = await updateAlertRule(ctx.db, id, rule, {
      ...(webhookSecret !== undefined && { webhookSecret }),
    });
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "alert_rule.update",
      detail: auditDetail(updated, webhookSecret !== undefined),
    });
    return viewOf(updated, ctx.user);
  });

/** alerts.delete (admin): audited. Its history stays (shown without a name). */
export const deleteAlertRuleProcedure = adminProcedure
  .input(alertRuleIdSchema)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const rule = publicRule(await getAlertRule(ctx.db, input.id));
    await deleteAlertRule(ctx.db, input.id);
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "alert_rule.delete",
      detail: auditDetail(rule, false),
    });
    return { id: input.id };
  });

/** alerts.firing (supervisor): the rules firing now. */
export const firingAlertsProcedure = supervisorProcedure
  .output(z.array(firingAlertSchema))
  .query(({ ctx }) => firingAlerts(ctx.db));

/** alerts.history (supervisor): starts and recoveries, newest first, paged. */
export const alertHistoryProcedure = supervisorProcedure
  .input(alertHistoryInput)
  .output(alertHistoryOutput)
  .query(({ ctx, input }) => pageAlertEvents(ctx.db, input));

/** alerts.deliveries (supervisor): notifications with their state and last error (a webhook 500, SMTP down). */
export const alertDeliveriesProcedure = supervisorProcedure
  .input(alertDeliveriesInput)
  .output(alertDeliveriesOutput)
  .query(({ ctx, input }) => listAlertDeliveries(ctx.db, input));

/** alerts.preview (supervisor): how the rule being edited would have behaved over the last 7 days. */
export const previewAlertProcedure = supervisorProcedure
  .input(alertPreviewInput)
  .output(alertPreviewOutput)
  .query(async ({ ctx, input }) => {
    const { kpi } = await getSettings(ctx.db);
    return previewAlert(ctx.db, input.rule, {
      to: input.to,
      days: 7,
      stepMinutes: input.stepMinutes,
      timeZone: ctx.timeZone,
      kpi,
    });
  });
