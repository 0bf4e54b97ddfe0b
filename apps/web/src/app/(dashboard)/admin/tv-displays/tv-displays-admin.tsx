"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { CreatedLink } from "./created-link";
import { DisplayRow } from "./display-row";
import styles from "./tv-displays.module.css";

type M = Messages["admin"]["tvDisplays"];

/** The wallboard URL of a display token, on this dashboard's own address. */
export function displayUrl(origin: string, token: string): string {
  return `${origin}/tv/${encodeURIComponent(token)}`;
}

/** Create a display (its link shown once), then the list with rename and revoke. */
export function TvDisplaysAdmin({
  timeZone,
  locale,
  messages: m,
}: {
  timeZone: string;
  locale: Locale;
  messages: M;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.admin.listTvDisplays.queryOptions());
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; url: string } | null>(null);
  const create = useMutation(
    trpc.admin.createTvDisplay.mutationOptions({
      onSuccess: ({ display, token }) => {
        setCreated({ name: display.name, url: displayUrl(window.location.origin, token) });
        setName("");
        void queryClient.invalidateQueries({ queryKey: trpc.admin.listTvDisplays.queryKey() });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name: name.trim() });
  };

  return (
    <div className={styles.page}>
      <section className={styles.panel} aria-labelledby="tv-create-heading">
        <h2 id="tv-create-heading">{m.createHeading}</h2>
        <form className={styles.createForm} onSubmit={submit}>
          <div className={`field ${styles.nameField}`}>
            <label htmlFor="tv-display-name">{m.nameLabel}</label>
            <input
              id="tv-display-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={m.namePlaceholder}
              maxLength={80}
              required
            />
          </div>
          <button type="submit" className="button-primary" disabled={create.isPending || !name.trim()}>
            {create.isPending ? m.creating : m.create}
          </button>
        </form>
        {create.error ? (
          <p className="form-error" role="alert">
            {m.actionFailed} {create.error.message}
          </p>
        ) : null}
      </section>

      {created ? (
        <CreatedLink name={created.name} url={created.url} onDismiss={() => setCreated(null)} m={m} />
      ) : null}

      <section className={styles.panel} aria-labelledby="tv-list-heading">
        <h2 id="tv-list-heading">{m.listHeading}</h2>
        {list.isPending ? (
          <p className={styles.status} role="status">
            {m.loading}
          </p>
        ) : list.isError ? (
          <div role="alert">
            <p className="form-error">{m.failed}</p>
            <button type="button" className={styles.button} onClick={() => void list.refetch()}>
              {m.retry}
            </button>
          </div>
        ) : list.data.length === 0 ? (
          <p className={styles.status}>{m.empty}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{m.columns.name}</th>
                  <th scope="col">{m.columns.status}</th>
                  <th scope="col">{m.columns.lastSeen}</th>
                  <th scope="col">{m.columns.created}</th>
                  <th scope="col">{m.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((display) => (
                  <DisplayRow key={display.id} display={display} timeZone={timeZone} locale={locale} m={m} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
