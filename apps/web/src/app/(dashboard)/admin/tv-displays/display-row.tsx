"use client";

import type { RouterOutputs } from "@antdash/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { TimeDisplay } from "~/lib/view-props";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { Timestamp } from "~/components/timestamp";
import controls from "~/components/controls.module.css";
import { InlineConfirm } from "~/components/inline-confirm";
import { StatusBadge } from "~/components/status-badge";
import table from "~/components/table.module.css";
import styles from "./tv-displays.module.css";

type Display = RouterOutputs["admin"]["listTvDisplays"][number];
type M = Messages["admin"]["tvDisplays"];

/** One display: its name (renamable), status, last seen, and revoke with a confirmation step. */
export function DisplayRow({ display, timeZone, locale, m }: TimeDisplay & { display: Display; m: M }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.listTvDisplays.queryKey() });
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(display.name);
  const [confirming, setConfirming] = useState(false);
  const rename = useMutation(
    trpc.admin.renameTvDisplay.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.admin.revokeTvDisplay.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        void refresh();
      },
    }),
  );
  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate({ id: display.id, name });
  };
  const error = rename.error ?? revoke.error;
  const inputId = `tv-display-rename-${display.id}`;

  return (
    <tr className={display.revoked ? styles.revokedRow : undefined} data-testid="tv-display-row">
      <td>
        {editing ? (
          <form className={styles.renameForm} onSubmit={submitRename}>
            <label htmlFor={inputId} className="visually-hidden">
              {m.renameLabel} {display.name}
            </label>
            <input
              id={inputId}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={80}
              required
              autoFocus
            />
            <button type="submit" className={controls.button} disabled={rename.isPending}>
              {rename.isPending ? m.saving : m.save}
            </button>
            <button
              type="button"
              className={controls.button}
              onClick={() => {
                setEditing(false);
                setName(display.name);
              }}
            >
              {m.cancel}
            </button>
          </form>
        ) : (
          <span data-testid="tv-display-name">{display.name}</span>
        )}
        {error ? (
          <p className="form-error" role="alert">
            {m.actionFailed} {error.message}
          </p>
        ) : null}
      </td>
      <td>
        <StatusBadge tone={display.revoked ? "muted" : "good"} data-revoked={String(display.revoked)}>
          {display.revoked ? m.revoked : m.active}
        </StatusBadge>
      </td>
      <td>
        {display.lastSeenAt ? (
          <Timestamp at={display.lastSeenAt} timeZone={timeZone} locale={locale} relative />
        ) : (
          m.never
        )}
      </td>
      <td>
        <Timestamp at={display.createdAt} timeZone={timeZone} locale={locale} />
      </td>
      <td>
        {display.revoked ? null : (
          <div className={table.actions}>
            {!editing ? (
              <button
                type="button"
                className={controls.button}
                onClick={() => setEditing(true)}
                aria-label={`${m.rename}: ${display.name}`}
              >
                {m.rename}
              </button>
            ) : null}
            {confirming ? (
              <InlineConfirm
                question={m.confirmRevoke}
                confirmLabel={revoke.isPending ? m.revoking : m.confirm}
                cancelLabel={m.cancel}
                pending={revoke.isPending}
                announce
                onConfirm={() => revoke.mutate({ id: display.id })}
                onCancel={() => setConfirming(false)}
              />
            ) : (
              <button
                type="button"
                className={`${controls.button} ${controls.danger}`}
                onClick={() => setConfirming(true)}
                aria-label={`${m.revoke}: ${display.name}`}
              >
                {m.revoke}
              </button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
