"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { ViewProps } from "~/lib/view-props";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { CreatedLink } from "./created-link";
import { DisplayRow } from "./display-row";
import { QueryTable } from "~/components/query-table";
import { Section } from "~/components/section";
import section from "~/components/section.module.css";
import styles from "./tv-displays.module.css";

type M = Messages["admin"]["tvDisplays"];

/** The wallboard URL of a display token, on this dashboard's own address. */
export function displayUrl(origin: string, token: string): string {
  return `${origin}/tv/${encodeURIComponent(token)}`;
}

/** Create a display (its link shown once), then the list with rename and revoke. */
export function TvDisplaysAdmin({ timeZone, locale, messages: m }: ViewProps<M>) {
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
    <div className={section.page}>
      <Section headingId="tv-create-heading" title={m.createHeading}>
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
      </Section>

      {created ? (
        <CreatedLink name={created.name} url={created.url} onDismiss={() => setCreated(null)} m={m} />
      ) : null}

      <Section headingId="tv-list-heading" title={m.listHeading}>
        <QueryTable
          query={list}
          words={{ loading: m.loading, failed: m.failed, retry: m.retry, empty: m.empty }}
          middle
          columns={[
            m.columns.name,
            m.columns.status,
            m.columns.lastSeen,
            m.columns.created,
            m.columns.actions,
          ]}
          row={(display) => (
            <DisplayRow key={display.id} display={display} timeZone={timeZone} locale={locale} m={m} />
          )}
        />
      </Section>
    </div>
  );
}
