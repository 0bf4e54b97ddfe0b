import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort, runCommand, spawnGroup, stopProcess, waitUntil } from "./index";

/** Alive and not a zombie (an orphan may wait for a reaper that a container's init does not run). */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  return readFileSync(stat, "utf8").split(") ")[1]?.[0] !== "Z";
}

describe("process-kit", () => {
  it("finds a port that can be listened on", async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) =>
      server.once("error", reject).listen(port, "127.0.0.1", resolve),
    );
    await new Promise((resolve) => server.close(resolve));
    expect(port).toBeGreaterThan(0);
  });

  it("stops a whole process group, grandchildren included", async () => {
    const child = spawnGroup("/bin/sh", ["-c", "sleep 300 & echo $!; wait"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const grandchild = await new Promise<number>((resolve) =>
      child.stdout!.once("data", (d: Buffer) => resolve(Number(d))),
    );
    expect(running(grandchild)).toBe(true);
    await stopProcess(child, { group: true });
    await waitUntil("the grandchild to exit", () => Promise.resolve(running(grandchild) ? undefined : true), {
      timeoutMs: 10_000,
      intervalMs: 20,
    });
  });

  it("kills a child that ignores SIGTERM once the grace period is over", async () => {
    const child = spawnGroup("/bin/sh", ["-c", "trap '' TERM; echo ready; while :; do sleep 1; done"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise((resolve) => child.stdout!.once("data", resolve));
    await stopProcess(child, { group: true, graceMs: 100 });
    expect(child.signalCode).toBe("SIGKILL");
  });

  it("returns a command's output, and quotes it when the command fails", async () => {
    await expect(runCommand("/bin/sh", ["-c", "echo out; echo err >&2"], { output: "all" })).resolves.toBe(
      "out\nerr\n",
    );
    await expect(runCommand("/bin/sh", ["-c", "echo why >&2; exit 3"], { output: "all" })).rejects.toThrow(
      /sh -c .* failed \(exit 3\):\nwhy/,
    );
  });

  it("waits until an attempt answers, names what never happened, and gives up at once on a fatal error", async () => {
    let tries = 0;
    await expect(
      waitUntil("three tries", () => Promise.resolve(++tries >= 3 ? tries : undefined), {
        timeoutMs: 5_000,
        intervalMs: 1,
      }),
    ).resolves.toBe(3);
    await expect(
      waitUntil("never", () => Promise.reject(new Error("refused")), { timeoutMs: 50, intervalMs: 10 }),
    ).rejects.toThrow("never did not happen within 0.05 s (last: refused)");
    const fatal = new Error("exited");
    let calls = 0;
    await expect(
      waitUntil("an exited app", () => (calls++, Promise.reject(fatal)), {
        timeoutMs: 5_000,
        isFatal: (e) => e === fatal,
      }),
    ).rejects.toBe(fatal);
    expect(calls).toBe(1);
  });
});
