import { mkdir, unlink } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { PACKAGE_DIR } from "../migrate/migration-files";
import { EmbeddedDatabaseBusyError } from "./errors";
import {
  isProcessAlive,
  newOwnerInfo,
  readOwnerFile,
  removeOwnerFileIf,
  removeOwnerFileSyncIf,
  rewriteOwnerFile,
  tryCreateOwnerFile,
  type OwnerInfo,
} from "./owner-file";

/** Connections the socket server accepts: our pool, Prisma's, and other processes attached to us. */
const MAX_SOCKET_CONNECTIONS = 32;
/** How long to wait for a live owner to publish its port (it may be applying migrations first). */
const OWNER_WAIT_MS = 120_000;
const POLL_MS = 100;
/** After creating the owner file, how long to wait before trusting it (see claimOwnership). */
const CLAIM_SETTLE_MS = 50;
/** An owner file that stays unparsable this long was left half-written by a killed process. */
const UNREADABLE_GIVE_UP_MS = 1_000;

export interface EmbeddedServer {
  /** postgres:// URL of the socket server on 127.0.0.1 (no password: PGlite has no authentication). */
  url: string;
  /** true in the process that opened the PGlite directory and serves it. */
  owner: boolean;
  /** Owner only: publishes the port so other processes can attach (call once migrations are applied). */
  publish(): Promise<void>;
  close(): Promise<void>;
}

export function embeddedPaths(dataDir: string): { ownerFile: string; pgliteDir: string } {
  return { ownerFile: path.join(dataDir, "embedded-server.json"), pgliteDir: path.join(dataDir, "pglite") };
}

/**
 * Opens DATA_DIR's PGlite directory and serves it on 127.0.0.1, or attaches to the live process that already does.
 * A stale owner file (its pid is dead) is taken over. A live owner that never answers is never taken over (two
 * processes writing one PGlite directory would corrupt it): that ends in EmbeddedDatabaseBusyError.
 */
export async function openEmbeddedServer(dataDir: string): Promise<EmbeddedServer> {
  const { ownerFile, pgliteDir } = embeddedPaths(dataDir);
  await mkdir(dataDir, { recursive: true });
  const deadline = Date.now() + OWNER_WAIT_MS;
  let lastLiveOwner: number | null = null;
  let unreadableSince: number | null = null;
  while (Date.now() < deadline) {
    const claimed = await claimOwnership(ownerFile);
    if (claimed) return startOwner(ownerFile, pgliteDir, claimed);

    const current = await readOwnerFile(ownerFile);
    if (current === null) continue; // the owner just left: try to claim again
    if (current === "unreadable") {
      // Being written right now, or left empty by an owner killed while creating it.
      unreadableSince ??= Date.now();
      if (Date.now() - unreadableSince > UNREADABLE_GIVE_UP_MS)
        await unlink(ownerFile).catch(() => undefined);
      else await sleep(POLL_MS);
      continue;
    }
    unreadableSince = null;
    if (!isProcessAlive(current.pid)) {
      await removeOwnerFileIf(ownerFile, current.token);
      continue;
    }
    lastLiveOwner = current.pid;
    if (current.port !== null && (await answersPostgres(current.port))) return attached(current.port);
    await sleep(POLL_MS);
  }
  throw new EmbeddedDatabaseBusyError(ownerFile, lastLiveOwner ?? -1);
}

/**
 * Creates the owner file exclusively, then re-reads it after a short pause: two processes that both found the same
 * stale file can both delete it and the later one may delete the earlier one's fresh file; the re-read makes the
 * loser notice and back off before it touches the PGlite directory.
 */
async function claimOwnership(ownerFile: string): Promise<OwnerInfo | null> {
  const info = newOwnerInfo();
  if (!(await tryCreateOwnerFile(ownerFile, info))) return null;
  await sleep(CLAIM_SETTLE_MS);
  const current = await readOwnerFile(ownerFile);
  return current !== null && current !== "unreadable" && current.token === info.token ? info : null;
}

async function startOwner(ownerFile: string, pgliteDir: string, info: OwnerInfo): Promise<EmbeddedServer> {
  const removeOnExit = () => removeOwnerFileSyncIf(ownerFile, info.token);
  process.on("exit", removeOnExit);
  let worker: PgliteWorker;
  try {
    worker = await startPgliteWorker(pgliteDir);
  } catch (error) {
    await removeOwnerFileIf(ownerFile, info.token);
    process.off("exit", removeOnExit);
    throw error;
  }
  let closed = false;
  return {
    url: localUrl(worker.port),
    owner: true,
    publish: () => rewriteOwnerFile(ownerFile, { ...info, port: worker.port }),
    async close() {
      if (closed) return;
      closed = true;
      await worker.close();
      await removeOwnerFileIf(ownerFile, info.token);
      process.off("exit", removeOnExit);
    },
  };
}

interface PgliteWorker {
  port: number;
  close(): Promise<void>;
}

/** PGlite and its socket server on a worker thread (see worker/pglite-server-worker.mjs for why). */
function startPgliteWorker(pgliteDir: string): Promise<PgliteWorker> {
  // A file URL computed at run time: bundlers (Next's Turbopack) leave it alone instead of trying to resolve it.
  const worker = new Worker(pathToFileURL(path.join(PACKAGE_DIR, "worker/pglite-server-worker.mjs")), {
    workerData: { pgliteDir, maxConnections: MAX_SOCKET_CONNECTIONS },
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`the PGlite worker exited early (code ${code})`));
    worker.once("error", reject);
    worker.once("exit", onExit);
    worker.once("message", (message: { type: string; port?: number; message?: string }) => {
      worker.off("exit", onExit);
      if (message.type !== "listening" || !message.port) {
        void worker.terminate();
        reject(new Error(`PGlite could not start: ${message.message ?? message.type}`));
        return;
      }
      resolve({
        port: message.port,
        close: () =>
          new Promise<void>((done) => {
            worker.once("message", () => void worker.terminate().then(() => done()));
            worker.once("exit", () => done());
            worker.postMessage("close");
          }),
      });
    });
  });
}

function attached(port: number): EmbeddedServer {
  return {
    url: localUrl(port),
    owner: false,
    publish: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

function localUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

/** A real query, not just a TCP connect: the port may have been reused by something else since the owner died. */
async function answersPostgres(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: localUrl(port), connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
