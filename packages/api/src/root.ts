import { adminRouter } from "./admin/router";
import { alertsRouter } from "./alerts/router";
import { analyticsRouter } from "./analytics/router";
import { authRouter } from "./auth/router";
import { callbacksRouter } from "./callbacks/router";
import { callsRouter } from "./calls/router";
import { syncRouter } from "./sync/router";
import { telephonyRouter } from "./telephony/router";
import { reportsRouter } from "./reports/router";
import { router } from "./trpc";
import { wallboardRouter } from "./wallboard/router";

/**
 * Every procedure the dashboard and the wallboard call. Recordings and exports are HTTP routes of the web app
 * (byte streams with Range support), served by openRecording and openExport.
 */
export const appRouter = router({
  auth: authRouter,
  analytics: analyticsRouter,
  calls: callsRouter,
  callbacks: callbacksRouter,
  telephony: telephonyRouter,
  sync: syncRouter,
  admin: adminRouter,
  wallboard: wallboardRouter,
  reports: reportsRouter,
  alerts: alertsRouter,
});

export type AppRouter = typeof appRouter;
