// Turbopack loader for the workspace packages' TypeScript source (temporary; see next.config.ts).
//
// Server code there may start a worker thread from a script that stays on disk, `new Worker(path)` with the path
// computed at run time. Turbopack 16.4 tries to bundle every `new Worker(...)` of node:worker_threads and fails on
// such a path ("Can't resolve <dynamic>"), even with a turbopackIgnore comment. Constructing through
// Reflect.construct keeps the same behaviour without the pattern it analyses. No-op for files without it.
const WORKER_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']node:worker_threads["'];?/;

module.exports = function unbundledWorkersLoader(source) {
  const match = WORKER_IMPORT.exec(source);
  if (!match || !/(^|[\s,])Worker([\s,]|$)/.test(match[1]) || !source.includes("new Worker(")) return source;
  const names = match[1].replace(/(^|[\s,])Worker([\s,]|$)/, "$1Worker as NodeWorker$2");
  return source.replace(
    WORKER_IMPORT,
    `import {${names}} from "node:worker_threads";\n` +
      "const Worker = function (...args: ConstructorParameters<typeof NodeWorker>) {\n" +
      "  return Reflect.construct(NodeWorker, args);\n" +
      "} as unknown as typeof NodeWorker;",
  );
};
