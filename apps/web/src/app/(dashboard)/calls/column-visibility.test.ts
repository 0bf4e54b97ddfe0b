import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMN_VISIBILITY } from "./column-ids";
import { parseStoredVisibility } from "./use-column-visibility";

describe("remembered column visibility", () => {
  it("applies stored choices over the defaults", () => {
    const visibility = parseStoredVisibility(JSON.stringify({ class: true, agents: false }));
    expect(visibility).toEqual({ ...DEFAULT_COLUMN_VISIBILITY, class: true, agents: false });
  });

  it("ignores unknown columns, wrong types and damaged entries", () => {
    expect(parseStoredVisibility(JSON.stringify({ secret: true, agents: "no" }))).toEqual(
      DEFAULT_COLUMN_VISIBILITY,
    );
    expect(parseStoredVisibility("{not json")).toEqual(DEFAULT_COLUMN_VISIBILITY);
    expect(parseStoredVisibility(null)).toEqual(DEFAULT_COLUMN_VISIBILITY);
  });
});
