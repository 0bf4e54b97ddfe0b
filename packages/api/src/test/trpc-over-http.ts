import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import type { ApiContext } from "../context";
import { appRouter } from "../root";

/** What a browser receives when a mutation fails: the HTTP status and the error's wire shape (errorFormatter's). */
export async function mutationFailure(
  ctx: ApiContext,
  path: string,
  input: unknown,
): Promise<{ status: number; error: { message: string; data: Record<string, unknown> } }> {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    router: appRouter,
    createContext: () => ctx,
  });
  const body = (await response.json()) as { error: Parameters<typeof superjson.deserialize>[0] };
  return { status: response.status, error: superjson.deserialize(body.error) };
}
