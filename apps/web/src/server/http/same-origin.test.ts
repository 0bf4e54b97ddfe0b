import { describe, expect, it } from "vitest";
import { isSameOriginRequest, isStateChanging } from "./same-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isSameOriginRequest", () => {
  it("accepts an Origin naming this host", () => {
    expect(
      isSameOriginRequest(headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }), undefined),
    ).toBe(true);
  });

  it("refuses another site, another port, and the opaque 'null' origin", () => {
    const host = { host: "dash.example.com" };
    expect(isSameOriginRequest(headers({ ...host, origin: "https://evil.example" }), undefined)).toBe(false);
    expect(
      isSameOriginRequest(headers({ ...host, origin: "https://dash.example.com:8443" }), undefined),
    ).toBe(false);
    expect(isSameOriginRequest(headers({ ...host, origin: "null" }), undefined)).toBe(false);
  });

  it("prefers the forwarded host (a reverse proxy's public name) over Host", () => {
    const h = headers({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "dash.example.com",
      origin: "https://dash.example.com",
    });
    expect(isSameOriginRequest(h, undefined)).toBe(true);
  });

  it("uses NEXTAUTH_URL's host when set, whatever the Host header says", () => {
    const h = headers({ host: "dash.example.com", origin: "https://dash.example.com" });
    expect(isSameOriginRequest(h, "https://calls.example.com")).toBe(false);
    expect(
      isSameOriginRequest(
        headers({ host: "x", origin: "https://calls.example.com" }),
        "https://calls.example.com",
      ),
    ).toBe(true);
  });

  it("without Origin, trusts only a same-origin Sec-Fetch-Site or a non-browser client", () => {
    expect(isSameOriginRequest(headers({ host: "a", "sec-fetch-site": "cross-site" }), undefined)).toBe(
      false,
    );
    expect(isSameOriginRequest(headers({ host: "a", "sec-fetch-site": "same-site" }), undefined)).toBe(false);
    expect(isSameOriginRequest(headers({ host: "a", "sec-fetch-site": "same-origin" }), undefined)).toBe(
      true,
    );
    expect(isSameOriginRequest(headers({ host: "a" }), undefined)).toBe(true);
  });
});

describe("isStateChanging", () => {
  it("treats everything but GET, HEAD and OPTIONS as a change", () => {
    expect(["GET", "head", "OPTIONS"].map(isStateChanging)).toEqual([false, false, false]);
    expect(["POST", "PUT", "PATCH", "DELETE"].map(isStateChanging)).toEqual([true, true, true, true]);
  });
});

describe("isSameOriginRequest compares the scheme", () => {
  it("refuses an http Origin for an https site, and an https Origin for an http one", () => {
    const https = { host: "dash.example.com", "x-forwarded-proto": "https" };
    expect(isSameOriginRequest(headers({ ...https, origin: "http://dash.example.com" }), undefined)).toBe(
      false,
    );
    expect(isSameOriginRequest(headers({ ...https, origin: "https://dash.example.com" }), undefined)).toBe(
      true,
    );
    const http = { host: "127.0.0.1:3000", "x-forwarded-proto": "http" };
    expect(isSameOriginRequest(headers({ ...http, origin: "https://127.0.0.1:3000" }), undefined)).toBe(
      false,
    );
    expect(
      isSameOriginRequest(
        headers({ host: "x", origin: "http://calls.example.com" }),
        "https://calls.example.com",
      ),
    ).toBe(false);
  });
});
