import { TRPCError } from "@trpc/server";
import { testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, DAY, NOW, openApiFixture } from "../test/api-fixture";
import { summarizeCalls } from "./summary";
import { parseCallFilter } from "../calls/call-filter";

/** The procedures as a client calls them: declared inputs are validated, outputs checked against their schemas. */
describe.each(testDatabaseModes())("analytics procedures on %s", (mode) => {
  let f: ApiFixture;
  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: 10, callsPerDay: 40 });
  });
  afterAll(async () => {
    await f?.close();
  });
  const filter = () => ({ from: f.from, to: f.to });

  it("answer a viewer with the dashboard's numbers", async () => {
    const viewer = f.caller(f.users.viewer);
    const overview = await viewer.analytics.overview({ filter: filter() });
    expect(overview.summary).toEqual(await summarizeCalls(f.db, parseCallFilter(filter())));
    expect(overview.summary.total).toBe(f.calls.length);
    expect(overview.timeSeries).toMatchObject({ bucket: "day", timeZone: "Asia/Ho_Chi_Minh" });
    expect(overview.timeSeries.points.reduce((sum, p) => sum + p.total, 0)).toBe(f.calls.length);
    expect(await viewer.analytics.summary({ filter: filter() })).toEqual(overview.summary);

    const dids = await viewer.analytics.breakdown({ filter: filter(), dimension: "did" });
    expect(dids.rows).toEqual(overview.breakdowns.did);
    const hours = await viewer.analytics.timeSeries({
      filter: { from: new Date(NOW - DAY), to: f.to },
      bucket: "hour",
    });
    expect(hours.points).toHaveLength(25);
    const heatmap = await viewer.analytics.heatmap({ filter: filter() });
    expect(heatmap.cells.reduce((sum, c) => sum + c.calls, 0)).toBe(f.calls.length);
    const distribution = await viewer.analytics.distribution({ filter: filter() });
    expect(distribution.cells.reduce((sum, c) => sum + c.calls, 0)).toBe(f.calls.length);
  });

  it("refuse invalid input with readable messages", async () => {
    const viewer = f.caller(f.users.viewer);
    const refusal = async (call: Promise<unknown>) => {
      const error = await call.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
      return (error as TRPCError).message;
    };
    // @ts-expect-error: not a bucket
    expect(await refusal(viewer.analytics.timeSeries({ filter: filter(), bucket: "year" }))).toMatch(
      "bucket must be one of: hour, day, week, month",
    );
    // @ts-expect-error: not a dimension
    expect(await refusal(viewer.analytics.breakdown({ filter: filter(), dimension: "caller" }))).toMatch(
      "dimension must be one of",
    );
    expect(await refusal(viewer.analytics.overview({ filter: { from: f.to, to: f.from } }))).toMatch(
      "to is before from",
    );
    expect(
      await refusal(
        viewer.analytics.timeSeries({ filter: { from: new Date(NOW - 60 * DAY), to: f.to }, bucket: "hour" }),
      ),
    ).toMatch("more than 1000 hour buckets");
  });

  it("answer nobody who is not signed in", async () => {
    await expect(f.caller(null).analytics.overview({ filter: filter() })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
