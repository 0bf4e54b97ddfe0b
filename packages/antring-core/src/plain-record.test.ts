import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize } from "./normalize-record";
import { plainlyValidRecord } from "./plain-record";
import { callRecordSchema } from "./records";

// Each field mostly valid (in any spelling normalize accepts), sometimes a near miss or garbage.
const mostly = <T, U>(valid: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: odd, weight: 1 });
const text = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("", "user", "realnumber"));
const partyLike = mostly(
  fc.record(
    { number: text, type: text, username: fc.oneof(text, fc.constantFrom(null, undefined)) },
    { requiredKeys: ["number", "type"] },
  ),
  fc.oneof(
    fc.record(
      { number: fc.oneof(text, fc.integer()), type: text, username: fc.integer() },
      { requiredKeys: [] },
    ),
    fc.constantFrom(null, "x", [], 3),
  ),
);
const secondsLike = mostly(
  fc.oneof(fc.integer({ min: 0, max: 3_600 }), fc.constantFrom("50", "007", -0)),
  fc.oneof(
    fc.integer({ min: -5, max: 700_000 }),
    fc.constantFrom(1.5, Number.NaN, Infinity, "-5", "1.5", "5s", "", null, true),
  ),
);
const itemLike = fc.record(
  {
    caller: partyLike,
    callee: partyLike,
    class: mostly(fc.constantFrom("one_one", "trunking"), fc.constantFrom("conference", "", null)),
    did_number: mostly(fc.oneof(text, fc.constantFrom(null, undefined)), fc.constant(2873019555)),
    direction: mostly(fc.constantFrom("from_ab", "to_ab"), fc.constantFrom("sideways", undefined)),
    status_detail: mostly(
      fc.constantFrom("SUCCESS", "CANCELLED", "BUSY", "IVR", "UNSUCCESS"),
      fc.constant("success"),
    ),
    duration_seconds: secondsLike,
    billing_seconds: secondsLike,
    unix_timestamp: mostly(
      fc.oneof(fc.integer({ min: 946_684_800, max: 4_102_444_800 }), fc.constant("1519639917")),
      fc.constantFrom(1519639917.5, 1519639917000, 900_000_000, null),
    ),
    recording: mostly(fc.oneof(text, fc.constantFrom(null, undefined)), fc.constant(5)),
    extra: fc.anything(),
  },
  {
    requiredKeys: [
      "caller",
      "callee",
      "class",
      "direction",
      "status_detail",
      "duration_seconds",
      "billing_seconds",
      "unix_timestamp",
    ],
  },
);

describe("plainlyValidRecord", () => {
  it("accepts only what the schema accepts after normalization, and builds the same record", () => {
    let fast = 0;
    fc.assert(
      fc.property(itemLike, (item) => {
        const plain = plainlyValidRecord(item);
        const general = callRecordSchema.safeParse(normalize(item));
        if (plain !== null) {
          fast++;
          expect(general.success).toBe(true);
          expect(plain).toStrictEqual(general.data);
        }
      }),
      { numRuns: 3_000 },
    );
    expect(fast).toBeGreaterThan(100); // the generator does reach the fast path
  });

  it("takes the fast path for the documented record and its usual spellings", () => {
    const item = {
      caller: { number: "01693608879", type: "realnumber", username: null },
      callee: { number: "thutranhtkbee", type: "user", username: "thutran" },
      class: "trunking",
      did_number: "",
      direction: "from_ab",
      status_detail: "SUCCESS",
      duration_seconds: "50",
      unix_timestamp: 1519639917,
      billing_seconds: 43,
      recording: null,
    };
    expect(plainlyValidRecord(item)).toStrictEqual(callRecordSchema.parse(normalize(item)));
  });
});
