import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe("contentSecurityPolicy", () => {
  const base = { nonce: "abc123", frameAncestors: "'none'" as const, development: false, https: false };

  it("allows scripts only by nonce: no unsafe-inline, no unsafe-eval in production", () => {
    const scripts = directive(contentSecurityPolicy(base), "script-src");
    expect(scripts).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
  });

  it("adds eval only for React's development build", () => {
    expect(directive(contentSecurityPolicy({ ...base, development: true }), "script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("refuses framing except by this origin for the wallboard", () => {
    expect(directive(contentSecurityPolicy(base), "frame-ancestors")).toBe("'none'");
    expect(directive(contentSecurityPolicy({ ...base, frameAncestors: "'self'" }), "frame-ancestors")).toBe(
      "'self'",
    );
  });

  it("upgrades insecure requests only when served over https (it would break plain-http LAN use)", () => {
    expect(contentSecurityPolicy(base)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...base, https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("newNonce", () => {
  it("is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
