import { router } from "../trpc";
import { listQuarantineProcedure } from "./list-quarantine.procedure";
import { startBackfillProcedure } from "./start-backfill.procedure";
import { syncProgressProcedure } from "./sync-progress.procedure";
import { syncStatusProcedure } from "./sync-status.procedure";

export const syncRouter = router({
  status: syncStatusProcedure,
  progress: syncProgressProcedure,
  quarantine: listQuarantineProcedure,
  startBackfill: startBackfillProcedure,
});
