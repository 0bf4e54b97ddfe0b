import { openRecording, RecordingRangeNotSatisfiableError, requireRole } from "@antdash/api";
import type { NextRequest } from "next/server";
import { createRequestApiContext } from "~/server/api-context";
import { errorResponse } from "~/server/http/json-error";

/**
 * GET /api/recordings/<callId>: the call's recording, streamed from AntRing with the browser's Range forwarded so
 * the player can seek (supervisor+). The AntRing URL never leaves the server.
 */
export async function GET(
  request: NextRequest,
  context: { params: Promise<{ callId: string }> },
): Promise<Response> {
  try {
    const { callId } = await context.params;
    const ctx = await createRequestApiContext({ headers: request.headers, cookies: request.cookies });
    requireRole(ctx.user, "supervisor");
    const recording = await openRecording(ctx, callId, request.headers.get("range"), {
      signal: request.signal,
    });
    return new Response(recording.body, { status: recording.status, headers: recording.headers });
  } catch (error) {
    const range =
      error instanceof RecordingRangeNotSatisfiableError
        ? { "Content-Range": `bytes */${error.size ?? "*"}` }
        : undefined;
    return errorResponse(error, "GET /api/recordings", range);
  }
}
