import { describe, expect, it } from "vitest";
import { caseExportColumns, csvField, csvLine } from "./case-export";
import type { CallbackCaseRow } from "./case-types";

const row: CallbackCaseRow = {
  id: "+84903123456|c1",
  number: "+84903123456",
  firstMissedAt: new Date("2026-12-05T02:00:00Z"),
  lastMissedAt: new Date("2026-12-05T03:30:00Z"),
  missedCount: 2,
  dids: ["19001234", "02873001234"],
  attempts: 1,
  firstAttemptAt: new Date("2026-12-05T04:00:00Z"),
  lastAttemptAt: new Date("2026-12-05T04:00:00Z"),
  status: "reached",
  reachedAt: new Date("2026-12-05T04:00:30Z"),
  reachedBy: "callback",
  reachedAgent: "thutranhtkbee",
  closedAt: null,
  closeReason: null,
  closedBy: null,
  ownerId: "u1",
  ownerName: "Trần, Thu",
  ageSeconds: 7230,
  contactHours: Array.from({ length: 24 }, () => 0),
  bestHours: [9, 14],
  likelyNow: 0,
};

describe("call-back export", () => {
  it("writes one line per case, times in the settings zone, lists space-separated", () => {
    const columns = caseExportColumns("Asia/Ho_Chi_Minh");
    expect(csvLine(columns.map((c) => c.header))).toBe(
      "number,status,first_missed_at,last_missed_at,missed_count,dids,attempts,first_attempt_at,last_attempt_at,reached_at,reached_by,reached_agent,owner,closed_at,close_reason,age_seconds,best_hours",
    );
    expect(csvLine(columns.map((c) => c.cell(row)))).toBe(
      '+84903123456,reached,2026-12-05 09:00:00,2026-12-05 10:30:00,2,19001234 02873001234,1,2026-12-05 11:00:00,2026-12-05 11:00:00,2026-12-05 11:00:30,callback,thutranhtkbee,"Trần, Thu",,,7230,9 14',
    );
  });

  it("quotes what needs quoting and defuses formulas, but keeps E.164 numbers as they are", () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+84903123456")).toBe("+84903123456");
    expect(csvField(null)).toBe("");
    expect(csvField(0)).toBe("0");
  });
});
