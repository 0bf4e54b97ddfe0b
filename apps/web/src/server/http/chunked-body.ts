/**
 * For tests: a body of `bytes` bytes of "a" in 1 KiB chunks with no size announced, as a client sending
 * `Transfer-Encoding: chunked` does.
 */
export function chunkedBody(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(1024, bytes - sent);
      controller.enqueue(new Uint8Array(size).fill(0x61));
      sent += size;
    },
  });
}
