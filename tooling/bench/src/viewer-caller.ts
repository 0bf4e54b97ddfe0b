import { AntringClient } from "@antdash/antring-core";
import { appRouter, createCallerFactory, DEFAULT_KPI_SETTINGS } from "@antdash/api";
import type { Database } from "@antdash/db";

export const BENCH_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The API as the web app calls it (input and output validation included, HTTP aside), as a signed-in viewer. */
export function viewerCaller(db: Database) {
  return createCallerFactory(appRouter)({
    db,
    // Never called by the procedures benchmarked: AntRing is not involved in reading the cache.
    antring: new AntringClient({ baseUrl: "http://127.0.0.1:9", appId: "bench", appSecret: "bench" }),
    user: { id: "bench", email: "bench@example.test", name: "Bench", role: "viewer", locale: "en" },
    tv: null,
    timeZone: BENCH_TIME_ZONE,
    kpi: DEFAULT_KPI_SETTINGS,
    ip: "127.0.0.1",
  });
}
