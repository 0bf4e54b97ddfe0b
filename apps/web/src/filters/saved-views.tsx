"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import styles from "./filter-bar.module.css";
import { fillTemplate } from "./fill-template";
import { usePopover } from "./use-popover";

/** The user's named views (a page path with its query): save the current one, open one, delete one. */
export function SavedViews({ messages: m }: { messages: Messages["filters"]["views"] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [name, setName] = useState("");
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const popover = usePopover();

  const views = useQuery(trpc.auth.listSavedViews.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.auth.listSavedViews.queryKey() });
  const save = useMutation(
    trpc.auth.saveView.mutationOptions({
      onSuccess: (view) => {
        setName("");
        setStatus({ error: false, text: fillTemplate(m.saved, { name: view.name }) });
        return refresh();
      },
      onError: (error) =>
        setStatus({ error: true, text: fillTemplate(m.saveFailed, { reason: error.message }) }),
    }),
  );
  const remove = useMutation(
    trpc.auth.deleteSavedView.mutationOptions({
      onSuccess: () => refresh(),
      onError: () => setStatus({ error: true, text: m.deleteFailed }),
    }),
  );

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") {
      setStatus({ error: true, text: m.nameRequired });
      return;
    }
    const query = searchParams.toString();
    save.mutate({ name: name.trim(), query: query === "" ? pathname : `${pathname}?${query}` });
  };

  return (
    <details ref={popover.ref} className={styles.multi} data-testid="saved-views">
      <summary className={styles.control}>
        <span className={styles.controlValue}>{m.label}</span>
      </summary>
      <div className={`${styles.popover} ${styles.views}`}>
        {views.isPending ? (
          <p className={styles.muted}>{m.loading}</p>
        ) : views.isError ? (
          <p className={styles.error} role="alert">
            {m.failed}
          </p>
        ) : views.data.length === 0 ? (
          <p className={styles.muted}>{m.none}</p>
        ) : (
          <ul className={styles.viewList}>
            {views.data.map((view) => (
              <li key={view.id}>
                <Link href={view.query} prefetch={false} onClick={popover.close}>
                  {view.name}
                </Link>
                <button
                  type="button"
                  className={styles.iconButton}
                  aria-label={fillTemplate(m.delete, { name: view.name })}
                  title={fillTemplate(m.delete, { name: view.name })}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ id: view.id })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form className={styles.viewForm} onSubmit={onSave}>
          <label className="visually-hidden" htmlFor="saved-view-name">
            {m.name}
          </label>
          <input
            id="saved-view-name"
            value={name}
            maxLength={80}
            placeholder={m.name}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className={styles.button} disabled={save.isPending}>
            {m.save}
          </button>
        </form>
        {status && (
          <p className={status.error ? styles.error : styles.muted} role={status.error ? "alert" : "status"}>
            {status.text}
          </p>
        )}
      </div>
    </details>
  );
}
