import { describe, expect, it } from "vitest";
import {
  AntringHttpError,
  AntringServerError,
  AppIdMissingError,
  AppIdNotFoundError,
  HashMismatchError,
  MethodNotSupportedError,
  RateLimitedError,
} from "./errors";
import { errorFromResponse } from "./response-errors";

const request = "GET /oapi/v1/call/histories page=1";

describe("errorFromResponse", () => {
  it.each([
    ["APPID_NOT_FOUND", AppIdNotFoundError],
    ["APPID_MISSING", AppIdMissingError],
    ["HASH_NOT_MATCH", HashMismatchError],
    ["METHOD_NOT_SUPPORT", MethodNotSupportedError],
  ])("maps %s to its class with code and status", (code, Class) => {
    const error = errorFromResponse({ status: 400, body: { success: false, message: code }, request });
    expect(error).toBeInstanceOf(Class);
    expect(error.code).toBe(code);
    expect(error.status).toBe(400);
    expect(error.message).toContain(request);
  });

  it("maps 503 to RateLimitedError, keeping the body code and Retry-After", () => {
    const error = errorFromResponse({
      status: 503,
      body: { success: false, message: "REQUEST_LIMIT_EXCEEDED" },
      retryAfterMs: 1000,
    });
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: "REQUEST_LIMIT_EXCEEDED", status: 503, retryAfterMs: 1000 });
    expect(errorFromResponse({ status: 503, body: "Service Unavailable" }).code).toBe(
      "REQUEST_LIMIT_EXCEEDED",
    );
  });

  it("maps other 5xx to AntringServerError", () => {
    const error = errorFromResponse({ status: 502, body: "<html>bad gateway</html>" });
    expect(error).toBeInstanceOf(AntringServerError);
    expect(error).toMatchObject({ code: "SERVER_ERROR", status: 502 });
  });

  it("maps other statuses to AntringHttpError with the body code, or HTTP_<status>", () => {
    expect(
      errorFromResponse({ status: 400, body: { success: false, message: "INVALID_PARAMETER" } }),
    ).toMatchObject({
      constructor: AntringHttpError,
      code: "INVALID_PARAMETER",
      status: 400,
    });
    expect(errorFromResponse({ status: 418, body: null })).toMatchObject({ code: "HTTP_418" });
  });

  it("keeps no free-form text from the body: it could echo request data", () => {
    const body = { success: false, message: "bad hash 9b11b9ff for secret hunter2" };
    const error = errorFromResponse({ status: 400, body });
    expect(error.code).toBe("HTTP_400");
    expect(JSON.stringify(error) + error.message + String(error.stack)).not.toMatch(/hunter2|9b11b9ff/);
  });
});
