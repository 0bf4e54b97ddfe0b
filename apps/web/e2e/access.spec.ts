import { expect, test } from "@playwright/test";
import { lastWeek } from "./helpers";

const { from, to } = lastWeek();
const summaryInput = encodeURIComponent(JSON.stringify({ json: { filter: { from, to } } }));

test("anonymous API requests are refused with 401", async ({ request }) => {
  const urls = [
    `/api/trpc/analytics.summary?input=${summaryInput}`,
    "/api/trpc/admin.listUsers",
    "/api/recordings/any-call-id",
    `/api/export/calls?format=csv&from=${from}&to=${to}`,
    `/api/export/summary?format=xlsx&from=${from}&to=${to}`,
  ];
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(401);
  }
});

test("a cross-site state-changing request is refused", async ({ request, baseURL }) => {
  const response = await request.post("/api/trpc/admin.createUser", {
    headers: { origin: "https://attacker.example", "content-type": "application/json" },
    data: { json: { email: "x@example.com", name: "X", role: "admin", password: "long-enough-password" } },
  });
  expect(response.status()).toBe(403);
  const sameSite = await request.post("/api/trpc/admin.createUser", {
    headers: { origin: baseURL ?? "", "content-type": "application/json" },
    data: { json: { email: "x@example.com", name: "X", role: "admin", password: "long-enough-password" } },
  });
  expect(sameSite.status()).toBe(401); // past the origin check, stopped by the missing session
});
