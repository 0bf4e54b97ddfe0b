import { createHash } from "node:crypto";
import { testDatabaseModes } from "@antdash/db/testing";
import { describe, expect, it } from "vitest";
import { useApiFixture } from "../test/use-api-fixture";
import { resolveTvToken } from "./tv-displays";

describe.each(testDatabaseModes())("TV display tokens on %s", (mode) => {
  const f = useApiFixture(mode, { historyDays: 1 });

  it("shows a token once, stores only its sha256, resolves it, and stops it when revoked", async () => {
    const admin = f.caller(f.users.admin);
    const { display, token } = await admin.admin.createTvDisplay({ name: "Floor 3" });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await f.db.prisma.tvDisplay.findUniqueOrThrow({ where: { id: display.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const listed = await admin.admin.listTvDisplays();
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);

    const seenAt = new Date("2026-11-20T10:00:00Z");
    expect(await resolveTvToken(f.db, token, seenAt)).toEqual({
      displayId: display.id,
      name: "Floor 3",
      locale: "vi",
    });
    expect((await f.db.prisma.tvDisplay.findUniqueOrThrow({ where: { id: display.id } })).lastSeenAt).toEqual(
      seenAt,
    );

    // The TV reads the wallboard, and nothing else.
    const tv = f.caller(await resolveTvToken(f.db, token));
    await expect(tv.wallboard.config()).resolves.toMatchObject({ displayName: "Floor 3" });
    await expect(tv.calls.list({ filter: { from: f.from, to: f.to } })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });

    await admin.admin.renameTvDisplay({ id: display.id, name: "Floor 3 east" });
    expect(await resolveTvToken(f.db, token)).toMatchObject({ name: "Floor 3 east" });
    await admin.admin.revokeTvDisplay({ id: display.id });
    expect(await resolveTvToken(f.db, token)).toBeNull();
    expect((await admin.admin.listTvDisplays()).find((d) => d.id === display.id)).toMatchObject({
      revoked: true,
    });
    expect((await admin.admin.listAudit({ limit: 10 })).events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["tv_display.create", "tv_display.rename", "tv_display.revoke"]),
    );
  });

  it("resolves nothing for unknown or malformed tokens", async () => {
    expect(await resolveTvToken(f.db, "x".repeat(43))).toBeNull();
    expect(await resolveTvToken(f.db, "")).toBeNull();
    expect(await resolveTvToken(f.db, "'; DROP TABLE tv_displays; --")).toBeNull();
  });

  it("answers NOT_FOUND for an unknown display", async () => {
    await expect(f.caller(f.users.admin).admin.revokeTvDisplay({ id: "nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
