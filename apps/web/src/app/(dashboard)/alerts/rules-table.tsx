"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { type AlertRuleView, type AlertsMessages, hhmm } from "./alert-types";
import styles from "./alerts.module.css";

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
    <section className={styles.panel} aria-labelledby="alerts-rules-heading">
      <div className={styles.panelHead}>
        <h2 id="alerts-rules-heading">{m.rules.heading}</h2>
        {canEdit ? (
          <button type="button" className="button-primary" onClick={onAdd}>
            {m.rules.add}
          </button>
        ) : (
          <p className={styles.help}>{m.rules.readOnly}</p>
        )}
      </div>
      {remove.error ? (
        <p className="form-error" role="alert">
          {remove.error.message}
        </p>
      ) : null}
      {rules.isPending ? (
        <p role="status">{m.loading}</p>
      ) : rules.isError ? (
        <p className="form-error" role="alert">
          {m.failed}
        </p>
      ) : rules.data.length === 0 ? (
        <p className={styles.help}>{m.rules.empty}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{m.rules.columns.name}</th>
                <th scope="col">{m.rules.columns.kind}</th>
                <th scope="col">{m.rules.columns.threshold}</th>
                <th scope="col">{m.rules.columns.window}</th>
                <th scope="col">{m.rules.columns.hours}</th>
                <th scope="col">{m.rules.columns.state}</th>
                {canEdit ? <th scope="col">{m.rules.columns.actions}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rules.data.map((rule) => (
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
                    <td className={styles.actions}>
                      {confirming === rule.id ? (
                        <>
                          <span>{m.rules.confirmDelete}</span>
                          <button
                            type="button"
                            className={`${styles.button} ${styles.danger}`}
                            onClick={() => remove.mutate({ id: rule.id })}
                            disabled={remove.isPending}
                          >
                            {m.rules.confirm}
                          </button>
                          <button type="button" className={styles.button} onClick={() => setConfirming(null)}>
                            {m.rules.cancel}
                          </button>
                        </>
                      ) : (
                        <>
                          <button type="button" className={styles.button} onClick={() => onEdit(rule)}>
                            {m.rules.edit} <span className="visually-hidden">{rule.name}</span>
                          </button>
                          <button
                            type="button"
                            className={styles.button}
                            onClick={() => setConfirming(rule.id)}
                          >
                            {m.rules.delete} <span className="visually-hidden">{rule.name}</span>
                          </button>
                        </>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
