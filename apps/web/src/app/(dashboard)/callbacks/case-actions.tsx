"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { fillTemplate } from "~/filters/fill-template";
import type { Messages } from "~/i18n/messages";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { Button } from "~/components/button";
import { Dialog } from "~/components/dialog";
import dialog from "~/components/dialog.module.css";
import { DialButton } from "~/components/dial/dial-button";
import controls from "~/components/controls.module.css";
import { CLOSE_REASONS, type CallbackCaseRow, type CloseReason } from "./case-types";
import styles from "./callbacks.module.css";

export interface Assignee {
  id: string;
  name: string;
}

export interface CaseActionWords {
  callbacks: Messages["callbacks"];
  callBack: Messages["calls"]["callBack"];
  export: Messages["calls"]["export"];
}

/**
 * What a supervisor or admin can do with a case: call an open case's customer back through their own SIP device
 * (the same click-to-call, words and errors as the calls page), take it, assign it, close it with a reason; reopen a
 * closed one. The server checks every one of them again; a viewer never gets this component.
 */
export function CaseActions({
  row,
  userId,
  assignees,
  words,
}: {
  row: CallbackCaseRow;
  userId: string;
  /** The people a case can be given to; empty when the list could not be read (no assign control then). */
  assignees: readonly Assignee[];
  words: CaseActionWords;
}) {
  const m = words.callbacks;
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  // Every change shows in the list and the KPIs at once.
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.callbacks.pathKey() });
  const mutationOptions = { onSettled: () => void refresh() };
  const take = useMutation(trpc.callbacks.take.mutationOptions(mutationOptions));
  const assign = useMutation(trpc.callbacks.assign.mutationOptions(mutationOptions));
  const reopen = useMutation(trpc.callbacks.reopen.mutationOptions(mutationOptions));
  const [closing, setClosing] = useState(false);
  const busy = take.isPending || assign.isPending || reopen.isPending;
  const problem = take.error ?? assign.error ?? reopen.error;

  if (row.status === "closed") {
    return (
      <div className={styles.actions}>
        <Button data-testid="case-reopen" disabled={busy} onClick={() => reopen.mutate({ id: row.id })}>
          {m.actions.reopen}
        </Button>
        {problem && <ActionProblem error={problem} messages={m} />}
      </div>
    );
  }
  if (row.status !== "open") return null;

  return (
    <div className={styles.actions} data-testid="case-actions">
      <DialButton
        number={row.number}
        place={() => client.callbacks.callBack.mutate({ id: row.id })}
        label={m.actions.callBack}
        onPlaced={() => void refresh()}
        messages={words.callBack}
      />
      {row.ownerId !== userId && (
        <Button data-testid="case-take" disabled={busy} onClick={() => take.mutate({ id: row.id })}>
          {m.actions.take}
        </Button>
      )}
      {assignees.length > 0 && (
        <select
          className={controls.select}
          aria-label={fillTemplate(m.actions.assignLabel, { number: row.number })}
          value=""
          disabled={busy}
          onChange={(event) => {
            const ownerId = event.target.value;
            if (ownerId !== "") assign.mutate({ id: row.id, ownerId: ownerId === "-" ? null : ownerId });
          }}
          data-testid="case-assign"
        >
          <option value="">{m.actions.assign}</option>
          {row.ownerId && <option value="-">{m.actions.assignNobody}</option>}
          {assignees
            .filter((a) => a.id !== row.ownerId)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
      )}
      <Button data-testid="case-close" onClick={() => setClosing(true)}>
        {m.actions.close}
      </Button>
      {problem && <ActionProblem error={problem} messages={m} />}
      {closing && <CloseDialog row={row} onDone={() => setClosing(false)} refresh={refresh} messages={m} />}
    </div>
  );
}

/** Closing asks for a reason and a confirmation: it takes the case off everyone's worklist. */
function CloseDialog({
  row,
  onDone,
  refresh,
  messages: m,
}: {
  row: CallbackCaseRow;
  onDone: () => void;
  refresh: () => Promise<void>;
  messages: Messages["callbacks"];
}) {
  const trpc = useTRPC();
  const close = useMutation(
    trpc.callbacks.close.mutationOptions({
      onSuccess: () => onDone(),
      onSettled: () => void refresh(),
    }),
  );
  const [reason, setReason] = useState<CloseReason>("handled_elsewhere");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    close.mutate({ id: row.id, reason });
  };
  return (
    <Dialog open title={fillTemplate(m.actions.closeTitle, { number: row.number })} onClose={onDone}>
      <form className={dialog.body} onSubmit={onSubmit} data-testid="close-dialog">
        <fieldset>
          <legend>{m.actions.closeReason}</legend>
          {CLOSE_REASONS.map((r) => (
            <label key={r} style={{ display: "block" }}>
              <input
                type="radio"
                name="reason"
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
              />{" "}
              {m.closeReasons[r]}
            </label>
          ))}
        </fieldset>
        {close.error && <ActionProblem error={close.error} messages={m} />}
        <div className={dialog.actions}>
          <Button onClick={onDone}>{m.actions.cancel}</Button>
          <button
            type="submit"
            className="button-primary"
            disabled={close.isPending}
            data-testid="close-confirm"
          >
            {close.isPending ? m.actions.saving : m.actions.closeConfirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ActionProblem({ error, messages: m }: { error: unknown; messages: Messages["callbacks"] }) {
  const shape = error as { data?: { code?: unknown } | null; message?: unknown } | null;
  const code = shape?.data?.code;
  const text =
    code === "FORBIDDEN"
      ? m.actions.forbidden
      : code === "CONFLICT" || code === "NOT_FOUND"
        ? m.actions.conflict
        : fillTemplate(m.actions.failed, { reason: typeof shape?.message === "string" ? shape.message : "" });
  return (
    <p role="alert" className={controls.error} data-testid="case-action-error">
      {text}
    </p>
  );
}
