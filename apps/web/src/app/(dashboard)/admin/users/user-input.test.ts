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
  const conflict = (reason: string) => Object.assign(new Error("…"), { data: { code: "CONFLICT", reason } });

  it("names the conflict by the API's reason, not its words", () => {
    expect(refusalMessage(conflict("emailTaken"), m)).toBe("taken");
    expect(refusalMessage(conflict("lastAdmin"), m)).toBe("last admin");
  });

  it("shows the API's message for anything else", () => {
    const notFound = Object.assign(new Error("This user does not exist."), {
      data: { code: "NOT_FOUND", reason: "userNotFound" },
    });
    expect(refusalMessage(notFound, m)).toBe("Failed: This user does not exist.");
  });
});
