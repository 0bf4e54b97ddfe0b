import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SCRIPTS = path.resolve(import.meta.dirname, "../../scripts/client-address");
const { parseTrustedProxies, resolveClientAddress } = createRequire(import.meta.url)(
  path.join(SCRIPTS, "resolve.cjs"),
) as {
  parseTrustedProxies: (text: string | undefined) => unknown;
  resolveClientAddress: (peer: string, forwardedFor: string | undefined, trusted: unknown) => string;
};

describe("resolveClientAddress", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, 127.0.0.1, fd00::/8");

  it("keys on the socket's address whatever X-Forwarded-For says, with no trusted proxy (the default)", () => {
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4", none)).toBe("127.0.0.1");
  });

  it("believes a trusted proxy, reading from the right past every trusted hop", () => {
    expect(resolveClientAddress("10.0.0.5", "198.51.100.9", proxies)).toBe("198.51.100.9");
    // The client wrote "1.2.3.4" itself; the proxy appended the address it saw.
    expect(resolveClientAddress("10.0.0.5", "1.2.3.4, 198.51.100.9, 10.0.0.6", proxies)).toBe("198.51.100.9");
    expect(resolveClientAddress("fd00::1", "2001:db8::5", proxies)).toBe("2001:db8::5");
    // An untrusted peer's header is ignored even if it names a trusted proxy.
    expect(resolveClientAddress("203.0.113.7", "10.0.0.5", proxies)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.5", "not-an-ip", proxies)).toBe("10.0.0.5");
    expect(resolveClientAddress("10.0.0.5", undefined, proxies)).toBe("10.0.0.5");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.example.com")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the client-address preload in a real HTTP server", () => {
  let child: ReturnType<typeof spawn>;
  let port: number;

  beforeAll(async () => {
    // What the app sees: the X-Forwarded-* headers after the preload ran.
    const server = `require("node:http").createServer((q, s) => s.end(JSON.stringify([q.headers["x-forwarded-for"], q.headers["x-forwarded-proto"] ?? null]))).listen(0, "127.0.0.1", function () { console.log(this.address().port); });`;
    child = spawn(process.execPath, ["--require", path.join(SCRIPTS, "preload.cjs"), "-e", server], {
      env: { ...process.env, TRUSTED_PROXIES: "" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    port = await new Promise<number>((resolve) =>
      child.stdout!.once("data", (d: Buffer) => resolve(Number(String(d).trim()))),
    );
  });
  afterAll(() => {
    child.kill();
  });

  it("replaces a spoofed X-Forwarded-For and X-Forwarded-Proto with the socket's", async () => {
    for (const spoofed of ["1.2.3.4", "5.6.7.8, 9.9.9.9"]) {
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-forwarded-for": spoofed, "x-forwarded-proto": "https" },
      });
      expect(await response.json()).toEqual(["127.0.0.1", null]);
    }
  });
});
