-- What the sync corrected: AntRing can list a call again later with a field filled in or changed, and the latest
-- complete read of a window replaces the cached version. Each run records how many calls and which fields.
ALTER TABLE "sync_runs" ADD COLUMN "calls_corrected" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "sync_runs" ADD COLUMN "calls_removed" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "sync_runs" ADD COLUMN "corrected_fields" JSONB NOT NULL DEFAULT '{}';
