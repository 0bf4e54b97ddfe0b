import { expect, type Page, test } from "./fixtures";
import { finishedRange, listCalls } from "./calls-support";

// A recording plays through the app's own proxy: time advances, seeking moves it, and AntRing's (here the
// simulator's) signed /nkrecord address never reaches the browser.

const range = finishedRange(3);

/** Every request the page makes, and every text answer it gets, to search for the upstream address. */
function watchTraffic(page: Page) {
  const urls: string[] = [];
  const texts: Promise<string>[] = [];
  page.on("request", (request) => urls.push(request.url()));
  page.on("response", (response) => {
    texts.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        const type = response.headers()["content-type"] ?? "";
        const body = /text|json|javascript|x-component/.test(type)
          ? await response.text().catch(() => "")
          : "";
        return `${headers}\n${body}`;
      })(),
    );
  });
  return { urls, texts: () => Promise.all(texts) };
}

const currentTime = (page: Page) =>
  page
    .getByTestId("recording-player")
    .locator("audio")
    .evaluate((a: HTMLAudioElement) => a.currentTime);

test("a supervisor plays a recording, seeks with the slider and ±10 s, and never sees AntRing's address", async ({
  page,
  baseURL,
  signInWithHistory,
}) => {
  await signInWithHistory("supervisor");
  // A call with enough talk for the skips to have room.
  const recorded = await listCalls(page, {
    filter: { from: range.from, to: range.to, hasRecording: true, minDurationSeconds: 60 },
    sort: { column: "billing_seconds", direction: "desc" },
    limit: 5,
  });
  const call = recorded.rows[0];
  expect(call?.billingSeconds).toBeGreaterThan(30);

  const traffic = watchTraffic(page);
  await page.goto(`/calls?${range.query}&hasRecording=true&call=${encodeURIComponent(call!.id)}`);
  const player = page.getByTestId("recording-player");
  const audio = player.locator("audio");
  await expect(audio).toHaveAttribute("src", `/api/recordings/${encodeURIComponent(call!.id)}`);

  await player.getByTestId("player-toggle").click();
  await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThan(0.5);
  await expect(player.getByTestId("player-toggle")).toHaveAccessibleName(/Tạm dừng|Pause/);

  // +10 s moves the playhead forward by ten seconds.
  const before = await currentTime(page);
  await player.getByTestId("player-forward").click();
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(before + 9.5);
  // −10 s moves it back.
  const later = await currentTime(page);
  await player.getByTestId("player-back").click();
  await expect.poll(() => currentTime(page)).toBeLessThan(later - 8);

  // The slider seeks anywhere; playback carries on from there.
  await player.getByTestId("player-seek").fill("20");
  await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(20);
  await expect.poll(() => currentTime(page), { timeout: 10_000 }).toBeGreaterThan(20.5);

  await player.getByTestId("player-speed").selectOption("1.5");
  expect(await audio.evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
  await expect(player.getByRole("link")).toHaveAttribute(
    "href",
    `/api/recordings/${encodeURIComponent(call!.id)}`,
  );

  await player.getByTestId("player-toggle").click();
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);

  // Nothing the browser asked for or received points at the upstream recording store.
  const origin = new URL(baseURL!).origin;
  expect(
    traffic.urls.filter(
      (url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"),
    ),
  ).toEqual([]);
  expect(traffic.urls.some((url) => url.includes("/api/recordings/"))).toBe(true);
  expect(traffic.urls.filter((url) => url.includes("nkrecord"))).toEqual([]);
  for (const text of await traffic.texts()) expect(text).not.toContain("nkrecord");
  expect(await page.content()).not.toContain("nkrecord");
});
