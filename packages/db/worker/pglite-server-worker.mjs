// Runs PGlite and its socket server on a worker thread. PGlite executes queries synchronously (WebAssembly), so on
// the main thread every insert would freeze the event loop: no HTTP responses, no page fetches, no timers while a
// 5,000-row batch is written. Here it works on its own core and the main thread only talks to it over loopback.
// Plain JavaScript on purpose: it is started by path (new Worker) and must run without a TypeScript loader.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const { pgliteDir, maxConnections } = workerData;

try {
  // pg_trgm: the trigram indexes behind number search (the migrations create the extension).
  const pglite = await PGlite.create(pgliteDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections });
  await server.start();
  const port = Number(server.getServerConn().split(":").at(-1));
  parentPort.on("message", async (message) => {
    if (message !== "close") return;
    try {
      await server.stop();
      await pglite.close();
    } finally {
      parentPort.postMessage({ type: "closed" });
    }
  });
  parentPort.postMessage({ type: "listening", port });
} catch (error) {
  parentPort.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
}
