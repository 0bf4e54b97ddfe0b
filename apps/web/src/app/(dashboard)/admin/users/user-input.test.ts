import { describe, expect, it } from "vitest";
import { newUserProblems, refusalMessage } from "./user-input";

describe("newUserProblems", () => {
  it("flags each field that would be refused", () => {
    expect(newUserProblems({ email: "an@example.com", name: "An", password: "long-enough" }, 10)).toEqual({});
    expect(newUserProblems({ email: "not-an-email", name: "  ", password: "short" }, 10)).toEqual({
      email: "emailInvalid",
      name: "nameMissing",
      password: "passwordShort",
    });
    expect(newUserProblems({ email: "an@example.com", name: "An", password: "123456789" }, 10)).toEqual({
      password: "passwordShort",
    });
  });
});

describe("refusalMessage", () => {
  const m = { emailTaken: "taken", lastAdmin: "last admin", actionFailed: "Failed:" };
  const conflict = Object.assign(new Error("This is the last active admin"), { data: { code: "CONFLICT" } });

  it("names the conflict the action can meet", () => {
    expect(refusalMessage("create", conflict, m)).toBe("taken");
    expect(refusalMessage("delete", conflict, m)).toBe("last admin");
    expect(refusalMessage("update", conflict, m)).toBe("last admin");
  });

  it("shows the API's message for anything else", () => {
    const notFound = Object.assign(new Error("This user does not exist."), { data: { code: "NOT_FOUND" } });
    expect(refusalMessage("delete", notFound, m)).toBe("Failed: This user does not exist.");
  });
});
