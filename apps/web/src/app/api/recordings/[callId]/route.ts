import { openRecording, RecordingRangeNotSatisfiableError } from "@antdash/api";
import type { NextRequest } from "next/server";
import { createRequestApiContext } from "~/server/api-context";
import { errorResponse, jsonError } from "~/server/http/json-error";
import { requireRole } from "~/server/http/require-role";

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
    const access = requireRole(ctx.user, "supervisor");
    if (access.refusal) return access.refusal;
    const recording = await openRecording(ctx, callId, request.headers.get("range"), {
      signal: request.signal,
    });
    return new Response(recording.body, { status: recording.status, headers: recording.headers });
  } catch (error) {
    if (error instanceof RecordingRangeNotSatisfiableError) {
      return jsonError(416, "RANGE_NOT_SATISFIABLE", error.message, undefined, {
        "Content-Range": `bytes */${error.size ?? "*"}`,
      });
    }
    return errorResponse(error, "GET /api/recordings");
  }
}
