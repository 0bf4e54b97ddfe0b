import { describe, expect, it } from "vitest";
import { byLanguage } from "./by-language";

describe("byLanguage", () => {
  it("splits a table of entries in both languages into one table per language, groups kept", () => {
    const table = byLanguage({
      did: { vi: "Đầu số", en: "DID" },
      directions: { to_ab: { vi: "Gọi vào", en: "Inbound" } },
      weekdays: { vi: ["Thứ Hai", "Thứ Ba"], en: ["Monday", "Tuesday"] },
    });
    expect(table).toEqual({
      vi: { did: "Đầu số", directions: { to_ab: "Gọi vào" }, weekdays: ["Thứ Hai", "Thứ Ba"] },
      en: { did: "DID", directions: { to_ab: "Inbound" }, weekdays: ["Monday", "Tuesday"] },
    });
  });

  it("reads a group whose keys are vi and en (the languages' own names) as a group, not as an entry", () => {
    const table = byLanguage({
      language: {
        label: { vi: "Ngôn ngữ", en: "Language" },
        vi: { vi: "Tiếng Việt", en: "Tiếng Việt" },
        en: { vi: "English", en: "English" },
      },
      names: { vi: { vi: "Tiếng Việt", en: "Vietnamese" }, en: { vi: "Tiếng Anh", en: "English" } },
    });
    expect(table.vi).toEqual({
      language: { label: "Ngôn ngữ", vi: "Tiếng Việt", en: "English" },
      names: { vi: "Tiếng Việt", en: "Tiếng Anh" },
    });
    expect(table.en.names).toEqual({ vi: "Vietnamese", en: "English" });
  });
});
