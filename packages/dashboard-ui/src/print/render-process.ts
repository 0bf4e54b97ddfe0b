// The print view as its own process: reads `{ data, opts }` (v8-serialized, so dates stay dates) on stdin and writes
// the HTML document on stdout. Next.js refuses react-dom/server inside its server bundles (route handlers, server
// components and instrumentation all build under the react-server condition), so the web renders reports through
// this script, run by tsx like `pnpm start` itself; the CLI calls renderReportHtml directly.
import { deserialize } from "node:v8";
import type { ReportData } from "@antdash/api";
import { renderReportHtml } from "./render-report-html";

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const { data, opts } = deserialize(Buffer.concat(chunks)) as {
  data: ReportData;
  opts: Parameters<typeof renderReportHtml>[1];
};
process.stdout.write(renderReportHtml(data, opts));
