// The only place the load test reads environment variables.
export const loadEnv = {
  seconds: Number(process.env.LOAD_SECONDS ?? 30),
  users: Number(process.env.LOAD_USERS ?? 50),
  databases: (process.env.LOAD_DATABASES ?? "embedded,postgres").split(",").map((s) => s.trim()),
};

/** The caller's environment, handed to the app it starts (with demo-mode overrides on top). */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}
