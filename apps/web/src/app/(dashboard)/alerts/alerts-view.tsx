"use client";

import { useState } from "react";
import { AlertDeliveries } from "./alert-deliveries";
import { AlertHistory } from "./alert-history";
import type { AlertRuleView, AlertsViewProps } from "./alert-types";
import { FiringNow } from "./firing-now";
import { RuleEditor } from "./rule-editor";
import { RulesTable } from "./rules-table";
import section from "~/components/section.module.css";

/** The page: firing now on top, then the rules (and the editor when open), the history and the notifications. */
export function AlertsView({ canEdit, timeZone, locale, m }: AlertsViewProps & { canEdit: boolean }) {
  // null: editor closed; "new": a new rule; else the rule being edited.
  const [editing, setEditing] = useState<AlertRuleView | "new" | null>(null);
  return (
    <div className={section.page}>
      <FiringNow timeZone={timeZone} locale={locale} m={m} />
      <RulesTable
        canEdit={canEdit}
        onEdit={(rule) => setEditing(rule)}
        onAdd={() => setEditing("new")}
        m={m}
      />
      {canEdit && editing !== null ? (
        <RuleEditor
          key={editing === "new" ? "new" : editing.id}
          rule={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          timeZone={timeZone}
          locale={locale}
          m={m}
        />
      ) : null}
      <AlertHistory timeZone={timeZone} locale={locale} m={m} />
      <AlertDeliveries timeZone={timeZone} locale={locale} m={m} />
    </div>
  );
}
