// The only place the load test reads environment variables.
export const loadEnv = {
  /** Length of each loaded run (saturation, then open model). */
  seconds: Number(process.env.LOAD_SECONDS ?? 30),
  /** Signed-in users: connections of the saturation run, senders of the open-model run. */
  users: Number(process.env.LOAD_USERS ?? 50),
  /** Open model: each user's mean time between requests (Poisson arrivals). */
  openMeanMs: Number(process.env.LOAD_OPEN_MEAN_MS ?? 5000),
  /** How long the backfill's unloaded rate is measured before the load starts (its first writes can take seconds). */
  unloadedSeconds: Number(process.env.LOAD_UNLOADED_SECONDS ?? 20),
  /**
   * The demo simulator's calls per weekday: dense enough that a year's backfill (the longest one request may start)
   * outlasts the whole load. At 1500, PostgreSQL's backfill wrote the whole year (~300k calls) before the load ended.
   */
  callsPerDay: Number(process.env.LOAD_CALLS_PER_DAY ?? 2500),
  /** Where the PostgreSQL run starts its server (another port when several benches share a machine). */
  postgresPort: process.env.LOAD_PG_PORT ?? "55441",
  databases: (process.env.LOAD_DATABASES ?? "embedded,postgres").split(",").map((s) => s.trim()),
};

/** The caller's environment, handed to the app it starts (with demo-mode overrides on top). */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}
