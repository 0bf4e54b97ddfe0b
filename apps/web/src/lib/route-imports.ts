import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/*
 * The rule that keeps routes independent: a file under src/app imports only from its own route's folder (and that
 * folder's plain subfolders), from packages, and from the shared folders of src (components, format, i18n, filters,
 * trpc, lib, server, charts...) — never from another route's folder. What two routes share moves to src/components
 * or src/format. A route's folder is the nearest folder holding a page, layout or route file.
 */

const ROUTE_FILES = ["page.tsx", "page.ts", "layout.tsx", "layout.ts", "route.ts", "route.tsx"];
const SOURCE = /\.(ts|tsx)$/;
/** `from "x"`, `import "x"`, `import("x")`, `export … from "x"`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

export interface SiblingImport {
  /** The importing file and the imported path, relative to src. */
  file: string;
  imports: string;
}

/**
 * The folder of the route a path belongs to (src/app itself for the root layout's files). The path may be a file,
 * with or without its extension, or a folder: a file holds no route files, so the walk goes on from its folder.
 */
export function routeFolderOf(target: string, appDir: string): string {
  let dir = target;
  while (dir.startsWith(appDir) && dir !== appDir) {
    if (ROUTE_FILES.some((name) => existsSync(path.join(dir, name)))) return dir;
    dir = path.dirname(dir);
  }
  return appDir;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

/** Where an import specifier points inside src, or null for a package. */
function resolveSpecifier(specifier: string, file: string, srcDir: string): string | null {
  if (specifier.startsWith("~/")) return path.join(srcDir, specifier.slice(2));
  if (specifier.startsWith(".")) return path.resolve(path.dirname(file), specifier);
  return null;
}

/** Every import under `srcDir/app` that reaches into another route's folder. */
export function findSiblingImports(srcDir: string): SiblingImport[] {
  const appDir = path.join(srcDir, "app");
  return sourceFiles(appDir).flatMap((file) => {
    const own = routeFolderOf(file, appDir);
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(SPECIFIER)].flatMap(([, specifier]) => {
      const target = specifier ? resolveSpecifier(specifier, file, srcDir) : null;
      if (!target || !target.startsWith(appDir + path.sep)) return [];
      if (routeFolderOf(target, appDir) === own) return [];
      return [{ file: path.relative(srcDir, file), imports: path.relative(srcDir, target) }];
    });
  });
}
