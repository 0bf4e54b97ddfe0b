"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import type { FormEvent } from "react";
import { BreakdownSelect } from "~/filters/breakdown-select";
import { ChoiceField, SelectField } from "~/filters/select-field";
import styles from "~/filters/filter-bar.module.css";
import type { Messages } from "~/i18n/messages";
import { useParsedSearchParams } from "~/lib/use-parsed-search-params";
import { useTRPC } from "~/trpc/react";
import { Options } from "~/components/options";
import {
  CASE_RANGES,
  CASE_SORTS,
  CASE_STATUSES,
  type CallbackQuery,
  callbacksHref,
  readCallbackQuery,
  refiltered,
} from "~/lib/callbacks-query";

/**
 * The Call-backs page's filter: range of the first missed call, status, DIDs, owner, customer number and order.
 * Everything lives in the URL: choices apply at once (a history entry each, so Back undoes them), the number on
 * submit. The number is sent as typed (0903 123 456, +84903123456, 84903123456): the API normalizes it.
 */
export function CallbacksFilterBar({
  range,
  messages: m,
  filterMessages,
}: {
  /** The instants the server resolved for the range: the DIDs to choose from are those with calls in it. */
  range: { from: string; to: string };
  messages: Messages["callbacks"];
  filterMessages: Messages["filters"];
}) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const query = useParsedSearchParams(readCallbackQuery);
  const f = m.filters;
  const owners = useQuery(useTRPC().callbacks.owners.queryOptions());
  const go = (next: CallbackQuery) => router.push(callbacksHref(next), { scroll: false });
  const set = (patch: Parameters<typeof refiltered>[1]) => go(refiltered(query, patch));
  /** A fixed choice of the query (status, order): its label, test id and value are the key's. */
  const caseChoice = <K extends "status" | "sort">(
    key: K,
    values: readonly CallbackQuery[K][],
    names: Record<CallbackQuery[K], string>,
  ) => (
    <ChoiceField
      label={f[key]}
      testId={`callbacks-${key}`}
      values={values}
      names={names}
      value={query[key]}
      onValue={(value) => set({ [key]: value })}
    />
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const number = ((new FormData(event.currentTarget).get("number") as string | null) ?? "").trim();
    set({ number: number === "" ? undefined : number.slice(0, 64) });
  };

  return (
    <form
      className={styles.bar}
      aria-label={f.label}
      onSubmit={onSubmit}
      data-testid="callbacks-filter"
      key={searchParams.toString()}
    >
      <div className={styles.row}>
        <SelectField
          label={f.range}
          testId="callbacks-range"
          value={query.range === "custom" ? "" : query.range}
          onChange={(value) =>
            set({ range: value as CallbackQuery["range"], from: undefined, to: undefined })
          }
        >
          {query.range === "custom" && <option value="">{filterMessages.presets.custom}</option>}
          <Options values={CASE_RANGES} names={filterMessages.presets} />
        </SelectField>
        {caseChoice("status", CASE_STATUSES, m.statuses)}
        <BreakdownSelect
          dimension="did"
          label={f.did}
          messages={filterMessages}
          range={range}
          selected={query.dids}
          onChange={(dids) => set({ dids })}
        />
        <SelectField
          label={f.owner}
          testId="callbacks-owner"
          value={query.owner ?? ""}
          onChange={(value) => set({ owner: value === "" ? undefined : value })}
        >
          <option value="">{f.anyOwner}</option>
          <option value="me">{f.mine}</option>
          <option value="none">{f.unowned}</option>
          {owners.data?.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
          {query.owner &&
            !["me", "none"].includes(query.owner) &&
            !owners.data?.some((o) => o.id === query.owner) && (
              <option value={query.owner}>{query.owner}</option>
            )}
        </SelectField>
        <div className={`${styles.field} ${styles.wide}`}>
          <label htmlFor="callbacks-number" className={styles.controlLabel}>
            {f.number}
          </label>
          <input
            id="callbacks-number"
            name="number"
            type="search"
            inputMode="tel"
            autoComplete="off"
            maxLength={64}
            className={styles.input}
            placeholder={f.numberPlaceholder}
            defaultValue={query.number ?? ""}
            data-testid="callbacks-number"
          />
        </div>
        {caseChoice("sort", CASE_SORTS, m.sorts)}
        <button type="submit" className="button-primary" data-testid="callbacks-apply">
          {f.apply}
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={() => go(readCallbackQuery(new URLSearchParams()))}
        >
          {f.clear}
        </button>
      </div>
    </form>
  );
}
