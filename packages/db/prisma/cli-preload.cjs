// Preloaded (node -r) into the Prisma CLI child process by src/migrate/migrate-database.ts.
// Prisma 6.19.3's WebAssembly schema engine leaves 10-second timers behind after a command has finished, so
// `migrate deploy` would linger ~10 s before exiting. Long timers are unref'd so the process exits as soon as it
// has no more I/O; open sockets still keep it alive while a command runs.
"use strict";
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = originalSetTimeout(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && typeof timer?.unref === "function") timer.unref();
  return timer;
};
