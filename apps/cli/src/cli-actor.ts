import type { AuditActor } from "@antdash/api";
import { hostname, userInfo } from "node:os";

/**
 * Who the audit trail names for what this command line does: no signed-in user, but the operating-system account
 * and host that ran it ("root@calls-server").
 */
export function cliActor(): AuditActor {
  let account: string;
  try {
    account = userInfo().username;
  } catch {
    // A uid without a passwd entry (some containers).
    account = `uid ${process.getuid?.() ?? "unknown"}`;
  }
  return { user: null, cliUser: `${account}@${hostname()}` };
}
