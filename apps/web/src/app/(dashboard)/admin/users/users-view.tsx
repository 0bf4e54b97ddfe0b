"use client";

import type { Role } from "@antdash/api";
import { useQuery } from "@tanstack/react-query";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { UsersTable } from "./users-table";
import { LoadFailed } from "~/components/load-failed";

/** The user list with its loading and error states. */
export function UsersView(props: {
  currentUserId: string;
  passwordMinLength: number;
  roleNames: Record<Role, string>;
  timeZone: string;
  locale: Locale;
  messages: Messages["admin"]["users"];
}) {
  const m = props.messages;
  const trpc = useTRPC();
  const users = useQuery(trpc.admin.listUsers.queryOptions());
  if (users.isPending) return <p className="notice">{m.loading}</p>;
  if (users.isError) {
    return <LoadFailed message={m.failed} retryLabel={m.retry} onRetry={() => void users.refetch()} />;
  }
  return <UsersTable users={users.data} {...props} />;
}
