import { describe, expect, it } from "vitest";
import { sync } from "~/i18n/messages/sync";
import { numberFormats } from "~/format/numbers";
import { describeCorrections, type RunCorrections } from "./run-corrections";

const en = (run: RunCorrections) => describeCorrections(run, sync.en.runs, numberFormats("en").integer);
const vi = (run: RunCorrections) => describeCorrections(run, sync.vi.runs, numberFormats("vi").integer);
const none: RunCorrections = { callsCorrected: 0, callsRemoved: 0, correctedFields: {} };

describe("describeCorrections", () => {
  it("says nothing when the run corrected and removed nothing", () => {
    expect(en(none)).toBe("");
    expect(vi(none)).toBe("");
  });

  it("names the corrected fields, most first, then the removed calls", () => {
    const run = {
      callsCorrected: 3,
      callsRemoved: 1,
      correctedFields: { did_number: 1, recording: 2 },
    };
    expect(en(run)).toBe("3 corrected (recording 2, DID 1), 1 removed");
    expect(vi(run)).toBe("3 đã sửa (ghi âm 2, DID 1), 1 đã xóa");
  });

  it("shows each part only when it is non-zero", () => {
    expect(en({ ...none, callsRemoved: 2 })).toBe("2 removed");
    expect(
      en({ callsCorrected: 1, callsRemoved: 0, correctedFields: { billing_seconds: 1, caller: 0 } }),
    ).toBe("1 corrected (talk time 1)");
  });

  it("orders equal counts as the fields are listed, and keeps a field it has no name for", () => {
    const run = {
      callsCorrected: 2,
      callsRemoved: 0,
      correctedFields: { queue: 1, duration_seconds: 1, recording: 1 },
    };
    expect(en(run)).toBe("2 corrected (recording 1, duration 1, queue 1)");
  });

  it("formats large counts in the reader's language", () => {
    const run = { callsCorrected: 1234, callsRemoved: 0, correctedFields: { recording: 1234 } };
    expect(en(run)).toBe("1,234 corrected (recording 1,234)");
    expect(vi(run)).toBe("1.234 đã sửa (ghi âm 1.234)");
  });
});
