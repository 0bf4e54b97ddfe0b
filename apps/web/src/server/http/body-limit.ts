import { NextRequest } from "next/server";
import { jsonError } from "./json-error";

/** Request bodies: a signed-in user's tRPC batch, or anyone's sign-in form (nobody else has anything to post). */
export const BODY_LIMITS = { signedIn: 512 * 1024, anonymous: 16 * 1024 } as const;

const tooLarge = (limit: number) =>
  jsonError("PAYLOAD_TOO_LARGE", `body: the request body may have at most ${limit} bytes.`);

/**
 * The request with its body read into memory, at most `limit` bytes, or a 413 answer: checked before anything
 * parses it (a declared Content-Length at once, a chunked body as it arrives, stopping at the limit). The caller
 * decides the limit after authenticating, so a stranger never makes us read more than a small form.
 */
export async function withBodyLimit(request: NextRequest, limit: number): Promise<NextRequest | Response> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return request;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(limit);
    }
    chunks.push(read.value);
  }
  const body = Buffer.concat(chunks);
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body });
}
