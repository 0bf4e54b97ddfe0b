import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findSiblingImports } from "./route-imports";

const SRC = path.resolve(import.meta.dirname, "..");

describe("imports between routes", () => {
  it("no route imports from another route's folder (shared code lives in src/components and src/format)", () => {
    expect(findSiblingImports(SRC)).toEqual([]);
  });
});

describe("findSiblingImports", () => {
  const root = mkdtempSync(path.join(tmpdir(), "route-imports-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write("app/layout.tsx", 'import "./globals.css";');
  write("app/(group)/layout.tsx", 'import { nav } from "./nav";');
  write("app/(group)/nav.ts", "export const nav = 1;");
  write(
    "app/(group)/calls/page.tsx",
    'import { Row } from "./parts/row";\nimport { x } from "~/components/x";',
  );
  write("app/(group)/calls/parts/row.tsx", 'import styles from "../calls.module.css";');
  write("app/(group)/sync/page.tsx", 'import { Row } from "../calls/parts/row";');
  write("app/(group)/alerts/page.tsx", 'const { Row } = await import("~/app/(group)/calls/parts/row");');
  write("app/(group)/admin/users/page.tsx", "export default 1;");
  write("app/(group)/admin/audit/page.tsx", 'export { AdminHeader } from "../users/header";');
  write("components/x.tsx", 'import { Row } from "~/app/(group)/calls/parts/row";');

  it("reports imports into a sibling route, by relative path, alias or dynamic import", () => {
    expect(findSiblingImports(root)).toEqual(
      expect.arrayContaining([
        { file: "app/(group)/sync/page.tsx", imports: "app/(group)/calls/parts/row" },
        { file: "app/(group)/alerts/page.tsx", imports: "app/(group)/calls/parts/row" },
        { file: "app/(group)/admin/audit/page.tsx", imports: "app/(group)/admin/users/header" },
      ]),
    );
    expect(findSiblingImports(root)).toHaveLength(3);
  });

  it("allows a route's own folder and subfolders, the layout's files, and the shared folders", () => {
    const files = findSiblingImports(root).map((found) => found.file);
    expect(files).not.toContain("app/(group)/calls/page.tsx");
    expect(files).not.toContain("app/(group)/calls/parts/row.tsx");
    expect(files).not.toContain("app/(group)/layout.tsx");
  });
});
