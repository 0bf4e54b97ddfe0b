/** Reads a web stream to the end. */
export async function bytesOf(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read())
    chunks.push(Buffer.from(read.value));
  return Buffer.concat(chunks);
}
