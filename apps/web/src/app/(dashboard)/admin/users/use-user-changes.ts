"use client";

import type { Role, RouterOutputs } from "@antdash/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { refusalMessage } from "./user-input";

export type User = RouterOutputs["admin"]["listUsers"][number];
type M = Messages["admin"]["users"];

/** The outcome of the last change, announced once (role="status" or "alert"). */
export type Notice = { ok: boolean; text: string } | null;

/**
 * The changes made from the users table (role, disable or enable, delete) and the notice of the last outcome. The
 * list is refetched after each; deleting yourself ends your session, so the next page is the sign-in.
 */
export function useUserChanges({
  currentUserId,
  onDeleted,
  m,
}: {
  currentUserId: string;
  onDeleted: () => void;
  m: M;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<Notice>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.listUsers.queryKey() });
  const update = useMutation(
    trpc.admin.updateUser.mutationOptions({
      onSuccess: (_user, input) => {
        setNotice({
          ok: true,
          text: input.role !== undefined ? m.roleSaved : input.disabled ? m.disabledSaved : m.enabledSaved,
        });
        void refresh();
      },
      onError: (error) => setNotice({ ok: false, text: refusalMessage(error, m) }),
    }),
  );
  const remove = useMutation(
    trpc.admin.deleteUser.mutationOptions({
      onSuccess: (_result, { id }) => {
        onDeleted();
        if (id === currentUserId) window.location.assign("/sign-in");
        setNotice({ ok: true, text: m.deleted });
        void refresh();
      },
      onError: (error) => {
        onDeleted();
        setNotice({ ok: false, text: refusalMessage(error, m) });
      },
    }),
  );
  const change = (input: { id: string; role?: Role; disabled?: boolean }) => {
    setNotice(null);
    update.mutate(input);
  };
  return { notice, setNotice, update, change, remove };
}
