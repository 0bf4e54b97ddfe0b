import { openRecording, RecordingRangeNotSatisfiableError } from "@antdash/api";
import { routeHandler } from "~/server/http/route-handler";
import { supervisorContext } from "~/server/http/supervisor-context";

/**
 * GET /api/recordings/<callId>: the call's recording, streamed from AntRing with the browser's Range forwarded so
 * the player can seek (supervisor+). The AntRing URL never leaves the server.
 */
export const GET = routeHandler<{ callId: string }>(
  "GET /api/recordings",
  async (request, { callId }) => {
    const { ctx } = await supervisorContext(request);
    const recording = await openRecording(ctx, callId, request.headers.get("range"), {
      signal: request.signal,
    });
    return new Response(recording.body, { status: recording.status, headers: recording.headers });
  },
  (error) =>
    error instanceof RecordingRangeNotSatisfiableError
      ? { "Content-Range": `bytes */${error.size ?? "*"}` }
      : undefined,
);
