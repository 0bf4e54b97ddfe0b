// Next bundles instrumentation, route handlers and pages separately, so a module-level variable would exist once
// per bundle. Process-wide singletons (the embedded database above all: one owner per data directory) live on
// globalThis instead.
const REGISTRY_KEY = Symbol.for("antdash.web.singletons");

type Registry = Map<string, unknown>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  holder[REGISTRY_KEY] ??= new Map();
  return holder[REGISTRY_KEY];
}

/** The one value for `name` in this process, created on first use. */
export function processSingleton<T>(name: string, create: () => T): T {
  const values = registry();
  if (!values.has(name)) values.set(name, create());
  return values.get(name) as T;
}

/** Like processSingleton for a promise, but a rejected creation is forgotten so the next caller retries. */
export function processSingletonAsync<T>(name: string, create: () => Promise<T>): Promise<T> {
  return processSingleton(name, () =>
    create().catch((error: unknown) => {
      registry().delete(name);
      throw error;
    }),
  );
}

/** The value if it was created, without creating it. */
export function existingSingleton<T>(name: string): T | undefined {
  return registry().get(name) as T | undefined;
}
