import { logRequestError } from "./server/request-error-log";

/** Next calls register() once per server process, before it answers requests. */
export async function register(): Promise<void> {
  // Literal check so the bundler drops the Node-only import from any edge build.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerServices } = await import("./server/start-services");
  await startServerServices();
}

/** Errors no route caught: one JSON log line each (Next still prints its own report too). */
export const onRequestError = logRequestError;
