"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { type AlertRuleView, type AlertsMessages, hhmm } from "./alert-types";
import controls from "~/components/controls.module.css";
import { InlineConfirm } from "~/components/inline-confirm";
import { QueryTable } from "~/components/query-table";
import { Section } from "~/components/section";
import section from "~/components/section.module.css";
import table from "~/components/table.module.css";

/** Every rule with its state; admins edit and delete (with a confirmation), supervisors read. */
export function RulesTable({
  canEdit,
  onEdit,
  onAdd,
  m,
}: {
  canEdit: boolean;
  onEdit: (rule: AlertRuleView) => void;
  onAdd: () => void;
  m: AlertsMessages;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Refreshed like "firing now": a rule's state changes with each evaluation.
  const rules = useQuery({ ...trpc.alerts.rules.queryOptions(), refetchInterval: 15_000 });
  const [confirming, setConfirming] = useState<string | null>(null);
  const remove = useMutation(
    trpc.alerts.delete.mutationOptions({
      onSuccess: () => {
        setConfirming(null);
        void queryClient.invalidateQueries({ queryKey: trpc.alerts.pathKey() });
      },
    }),
  );
  const hours = (rule: AlertRuleView) =>
    rule.businessHours
      ? `${rule.businessHours.days.map((d) => m.editor.weekdays[d - 1]).join(", ")} ${hhmm(rule.businessHours.start)}–${hhmm(rule.businessHours.end)}`
      : m.rules.always;
  return (
    <Section
      headingId="alerts-rules-heading"
      title={m.rules.heading}
      aside={
        canEdit ? (
          <button type="button" className="button-primary" onClick={onAdd}>
            {m.rules.add}
          </button>
        ) : (
          <p className={section.help}>{m.rules.readOnly}</p>
        )
      }
    >
      {remove.error ? (
        <p className="form-error" role="alert">
          {remove.error.message}
        </p>
      ) : null}
      <QueryTable
        query={rules}
        words={{ loading: m.loading, failed: m.failed, empty: m.rules.empty }}
        columns={[
          m.rules.columns.name,
          m.rules.columns.kind,
          m.rules.columns.threshold,
          m.rules.columns.window,
          m.rules.columns.hours,
          m.rules.columns.state,
          ...(canEdit ? [m.rules.columns.actions] : []),
        ]}
        row={(rule) => (
          <tr key={rule.id} data-testid="alert-rule-row">
            <td>{rule.name}</td>
            <td>{m.kinds[rule.kind]}</td>
            <td>{rule.threshold}</td>
            <td>{rule.windowMinutes}</td>
            <td>{hours(rule)}</td>
            <td data-testid="alert-rule-state">
              {!rule.enabled
                ? m.rules.disabledState
                : rule.firingSince
                  ? m.rules.firingState
                  : m.rules.okState}
            </td>
            {canEdit ? (
              <td className={table.actions}>
                {confirming === rule.id ? (
                  <InlineConfirm
                    question={m.rules.confirmDelete}
                    confirmLabel={m.rules.confirm}
                    cancelLabel={m.rules.cancel}
                    pending={remove.isPending}
                    onConfirm={() => remove.mutate({ id: rule.id })}
                    onCancel={() => setConfirming(null)}
                  />
                ) : (
                  <>
                    <button type="button" className={controls.button} onClick={() => onEdit(rule)}>
                      {m.rules.edit} <span className="visually-hidden">{rule.name}</span>
                    </button>
                    <button type="button" className={controls.button} onClick={() => setConfirming(rule.id)}>
                      {m.rules.delete} <span className="visually-hidden">{rule.name}</span>
                    </button>
                  </>
                )}
              </td>
            ) : null}
          </tr>
        )}
      />
    </Section>
  );
}
