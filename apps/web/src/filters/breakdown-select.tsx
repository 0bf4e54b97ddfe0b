"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import styles from "./filter-bar.module.css";
import { type Choice, MultiSelect } from "./multi-select";

/** DIDs or agents to choose from: those with calls in the range (the analytics breakdown), busiest first. */
export function BreakdownSelect({
  dimension,
  label,
  messages: m,
  range,
  selected,
  onChange,
}: {
  dimension: "did" | "agent";
  label: string;
  messages: Messages["filters"];
  range: { from: string; to: string };
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const trpc = useTRPC();
  // Loaded when the list is first opened (or when the URL already selects some): no request for lists nobody opens.
  const [opened, setOpened] = useState(false);
  const rows = useQuery({
    ...trpc.analytics.breakdown.queryOptions({ filter: range, dimension }),
    enabled: opened || selected.length > 0,
  });
  const choices: Choice[] = (rows.data?.rows ?? [])
    .filter((r) => r.calls > 0)
    .map((r) => ({ value: r.key, label: r.key }));
  const notice = rows.isError ? (
    <p className={styles.error}>{m.choicesFailed}</p>
  ) : rows.isPending ? (
    <p className={styles.muted}>{m.loadingChoices}</p>
  ) : choices.length === 0 && selected.length === 0 ? (
    <p className={styles.muted}>{m.noChoices}</p>
  ) : undefined;
  return (
    <MultiSelect
      label={label}
      allLabel={m.all}
      countTemplate={m.selectedCount}
      choices={choices}
      selected={selected}
      onChange={onChange}
      onOpen={() => setOpened(true)}
      testId={`filter-${dimension}`}
      notice={notice}
    />
  );
}
