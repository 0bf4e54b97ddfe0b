import type { NextRequest } from "next/server";
import { errorResponse } from "./json-error";

/**
 * A route handler whose thrown errors become the routes' JSON error answers (errorResponse, logged as `where`).
 * `errorHeaders` adds headers to an error's answer (a refused recording range names the size it has).
 */
export function routeHandler<Params>(
  where: string,
  handle: (request: NextRequest, params: Params) => Promise<Response>,
  errorHeaders?: (error: unknown) => Record<string, string> | undefined,
): (request: NextRequest, context: { params: Promise<Params> }) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handle(request, await context.params);
    } catch (error) {
      return errorResponse(error, where, errorHeaders?.(error));
    }
  };
}
