import { describe, expect, it } from "vitest";
import { checkDraft, type FilterDraft } from "./filter-draft";
import { fillTemplate } from "./fill-template";
import { criteriaCount, patchCriteria } from "./patch-criteria";
import { fromLocalInput, toLocalInput } from "./local-time";

const HCM = "Asia/Ho_Chi_Minh";
const EMPTY: FilterDraft = { custom: false, from: "", to: "", number: "", minDuration: "", maxDuration: "" };

describe("datetime-local values in the viewer's zone", () => {
  it("reads and writes wall-clock time of the zone, not the machine's", () => {
    expect(fromLocalInput("2026-11-27T08:30", HCM)?.toISOString()).toBe("2026-11-27T01:30:00.000Z");
    expect(fromLocalInput("2026-11-27T08:30", HCM, true)?.toISOString()).toBe("2026-11-27T01:30:59.999Z");
    expect(toLocalInput("2026-11-27T01:30:59.999Z", HCM)).toBe("2026-11-27T08:30");
    expect(toLocalInput("2026-03-29T01:30:00Z", "Europe/Berlin")).toBe("2026-03-29T03:30");
  });

  it("refuses what is not a wall-clock time", () => {
    expect(fromLocalInput("2026-02-31T10:00", HCM)).toBeNull();
    expect(fromLocalInput("2026-11-27", HCM)).toBeNull();
    expect(fromLocalInput("yesterday", HCM)).toBeNull();
    expect(fromLocalInput("2026-11-27T24:00", HCM)).toBeNull();
  });
});

describe("checkDraft", () => {
  it("turns valid fields into filter values, empty ones into nothing", () => {
    expect(checkDraft(EMPTY, HCM)).toEqual({ ok: true, values: {} });
    const result = checkDraft(
      {
        custom: true,
        from: "2026-11-01T00:00",
        to: "2026-11-01T23:59",
        number: " 0903 ",
        minDuration: "10",
        maxDuration: "60",
      },
      HCM,
    );
    expect(result).toEqual({
      ok: true,
      values: {
        from: "2026-10-31T17:00:00.000Z",
        to: "2026-11-01T16:59:59.999Z",
        number: "0903",
        minDurationSeconds: 10,
        maxDurationSeconds: 60,
      },
    });
  });

  it("says which field is wrong instead of producing a filter the API refuses", () => {
    expect(checkDraft({ ...EMPTY, minDuration: "90", maxDuration: "30" }, HCM)).toEqual({
      ok: false,
      problems: { maxDuration: "minAboveMax" },
    });
    expect(
      checkDraft({ ...EMPTY, custom: true, from: "2026-11-02T00:00", to: "2026-11-01T00:00" }, HCM),
    ).toEqual({
      ok: false,
      problems: { to: "toBeforeFrom" },
    });
    expect(checkDraft({ ...EMPTY, custom: true, from: "", to: "2026-11-01T00:00" }, HCM)).toEqual({
      ok: false,
      problems: { from: "badDate" },
    });
    expect(checkDraft({ ...EMPTY, minDuration: "-5", maxDuration: "1.5" }, HCM)).toEqual({
      ok: false,
      problems: { minDuration: "badSeconds", maxDuration: "badSeconds" },
    });
    expect(checkDraft({ ...EMPTY, number: "9".repeat(65) }, HCM)).toEqual({
      ok: false,
      problems: { number: "numberTooLong" },
    });
  });

  it("accepts the same minute as start and end", () => {
    const result = checkDraft(
      { ...EMPTY, custom: true, from: "2026-11-01T10:00", to: "2026-11-01T10:00" },
      HCM,
    );
    expect(result.ok).toBe(true);
  });
});

describe("fillTemplate", () => {
  it("fills named placeholders and leaves unknown ones", () => {
    expect(fillTemplate("{count} selected of {total} ({x})", { count: 2, total: 5 })).toBe(
      "2 selected of 5 ({x})",
    );
  });
});

describe("patchCriteria", () => {
  it("drops cleared criteria so the URL carries only what filters", () => {
    const criteria = patchCriteria(
      { status: ["BUSY"], number: "09" },
      { status: [], hasRecording: true, number: undefined },
    );
    expect(criteria).toEqual({ hasRecording: true });
    expect(criteriaCount(criteria)).toBe(1);
    expect(criteriaCount({})).toBe(0);
  });
});
