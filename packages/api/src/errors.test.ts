import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { ERROR_KINDS, type ErrorKind } from "./errors";

describe("ERROR_KINDS", () => {
  it("gives each kind the status tRPC itself answers its code with, so routes and procedures agree", () => {
    for (const [kind, { httpStatus, trpcCode }] of Object.entries(ERROR_KINDS) as [
      ErrorKind,
      (typeof ERROR_KINDS)[ErrorKind],
    ][]) {
      // Byte ranges exist over plain HTTP only; through tRPC such a request is just a bad one.
      const expected = kind === "RANGE_NOT_SATISFIABLE" ? 400 : httpStatus;
      expect(getHTTPStatusCodeFromError(new TRPCError({ code: trpcCode })), kind).toBe(expected);
    }
  });
});
