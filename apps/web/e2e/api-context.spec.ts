import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, lastWeek, signIn, trpcMutation } from "./helpers";

// The request context the web app builds for the API: the session's user, a TV display's token, the sync runner.

const noInput = "";
const { from, to } = lastWeek();
const summaryInput = `?input=${encodeURIComponent(JSON.stringify({ json: { filter: { from, to } } }))}`;

test("a TV display token opens the wallboard procedures and nothing else", async ({ page, request }) => {
  await signIn(page, DEMO_ADMIN);
  const created = await trpcMutation(page, "admin.createTvDisplay", { name: "Reception wall" });
  expect(created.status).toBe(200);
  const token = (created.body as { result: { data: { json: { token: string } } } }).result.data.json.token;

  const byHeader = await request.get(`/api/trpc/wallboard.config${noInput}`, {
    headers: { "x-tv-token": token },
  });
  expect(byHeader.status()).toBe(200);
  expect(await byHeader.text()).toContain("Reception wall");
  expect((await request.get(`/api/trpc/wallboard.config?tv=${encodeURIComponent(token)}`)).status()).toBe(
    200,
  );
  expect(
    (await request.get("/api/trpc/wallboard.config", { headers: { "x-tv-token": "wrong" } })).status(),
  ).toBe(401);
  expect((await request.get("/api/trpc/wallboard.config")).status()).toBe(401);
  // Dashboards stay closed to a wall screen.
  const summary = await request.get(`/api/trpc/analytics.summary${summaryInput}`, {
    headers: { "x-tv-token": token },
  });
  expect(summary.status()).toBe(401);
});

test("the sync runner is wired in: status, and live progress as server-sent events", async ({ page }) => {
  await signIn(page, DEMO_ADMIN);
  const status = await page.request.get("/api/trpc/sync.status");
  expect(status.status()).toBe(200);
  const body = (await status.json()) as {
    result: {
      data: { json: { controllerAvailable: boolean; incremental: boolean; newestCallAt: string | null } };
    };
  };
  expect(body.result.data.json).toMatchObject({ controllerAvailable: true, incremental: true });
  expect(body.result.data.json.newestCallAt).not.toBeNull();

  // The first event of sync.progress is the current state (null when idle, or a run's progress).
  const firstEvent = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const source = new EventSource("/api/trpc/sync.progress");
        const timer = setTimeout(() => reject(new Error("no event")), 10_000);
        source.onmessage = (event) => {
          clearTimeout(timer);
          source.close();
          resolve(String(event.data));
        };
      }),
  );
  expect(firstEvent).toMatch(/"json"/);
});

test("a supervisor's recording request streams the audio with Range, and never shows AntRing's address", async ({
  page,
}) => {
  await signIn(page, DEMO_ADMIN);
  const callsInput = encodeURIComponent(
    JSON.stringify({ json: { filter: { from, to, hasRecording: true }, limit: 1 } }),
  );
  const list = await page.request.get(`/api/trpc/calls.list?input=${callsInput}`);
  expect(list.status()).toBe(200);
  const rows = ((await list.json()) as { result: { data: { json: { rows: Array<{ id: string }> } } } }).result
    .data.json.rows;
  expect(rows.length).toBe(1);
  const callId = rows[0]!.id;

  const part = await page.request.get(`/api/recordings/${encodeURIComponent(callId)}`, {
    headers: { Range: "bytes=0-1023" },
  });
  expect(part.status()).toBe(206);
  expect(part.headers()["content-range"]).toMatch(/^bytes 0-1023\/\d+$/);
  expect((await part.body()).length).toBe(1024);
  // No redirect to the signed URL, and no absolute address anywhere in the answer's headers.
  expect(part.headers()).not.toHaveProperty("location");
  expect(JSON.stringify(part.headers())).not.toMatch(/https?:\/\//);

  const missing = await page.request.get("/api/recordings/no-such-call");
  expect(missing.status()).toBe(404);
  expect(((await missing.json()) as { error: string }).error).toBe("NOT_FOUND");
});
