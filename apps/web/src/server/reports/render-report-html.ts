import type { RenderReportHtml } from "@antdash/api";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { serialize } from "node:v8";

/**
 * The report's print view (`@antdash/dashboard-ui/print`), rendered in a child process: Next.js builds every server
 * module of this app under the react-server condition, where react-dom/server cannot be imported. A report is
 * rendered a few times a day at most, next to a Chromium print that costs far more than this process.
 */
const SCRIPT = path.resolve(process.cwd(), "../../packages/dashboard-ui/src/print/render-process.ts");

export const renderReportHtml: RenderReportHtml = (data, opts) =>
  new Promise((resolve, reject) => {
    if (!existsSync(SCRIPT)) {
      reject(
        new Error(`The report renderer ${SCRIPT} is missing: start the app from its folder (pnpm start).`),
      );
      return;
    }
    // tsx compiles the package's TypeScript as it does for `pnpm start`.
    const child = spawn(process.execPath, ["--import", "tsx", SCRIPT], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else
        reject(
          new Error(
            `The report renderer failed (exit ${code}): ${Buffer.concat(err).toString("utf8").slice(0, 500)}`,
          ),
        );
    });
    child.stdin.end(serialize({ data, opts }));
  });
