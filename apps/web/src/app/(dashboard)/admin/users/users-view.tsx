"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { UsersTable, type UsersPageProps } from "./users-table";
import { LoadFailed } from "~/components/load-failed";

/** The user list with its loading and error states. */
export function UsersView(props: UsersPageProps) {
  const m = props.messages;
  const trpc = useTRPC();
  const users = useQuery(trpc.admin.listUsers.queryOptions());
  if (users.isPending) return <p className="notice">{m.loading}</p>;
  if (users.isError) {
    return <LoadFailed message={m.failed} retryLabel={m.retry} onRetry={() => void users.refetch()} />;
  }
  return <UsersTable users={users.data} {...props} />;
}
