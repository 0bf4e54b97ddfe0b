import { AntringClient } from "@antdash/antring-core";
import { testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError, httpStatusOf, InvalidInputError } from "../errors";
import { bytesOf } from "../test/read-body";
import { type ApiFixture, openApiFixture } from "../test/api-fixture";
import {
  openRecording,
  RecordingNotFoundError,
  RecordingRangeNotSatisfiableError,
  RecordingUnavailableError,
} from "./open-recording";

/** A client whose signed URLs arrive tampered with, as if AntRing's storage refused them. */
class TamperedUrlClient extends AntringClient {
  override async getRecordingUrl(media: string, signal?: AbortSignal): Promise<string> {
    return (await super.getRecordingUrl(media, signal)).replace("Signature=", "Signature=x");
  }
}

describe.each(testDatabaseModes())("openRecording on %s", (mode) => {
  let f: ApiFixture;
  let recordedId: string;
  let unrecordedId: string;
  /** Strings that would betray the upstream location or its signature. */
  let leaks: string[];

  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: 5 });
    const { rows } = await f.db.pool.query<{ id: string; recorded: boolean }>(
      `(SELECT id, true AS recorded FROM calls WHERE recording IS NOT NULL AND billing_seconds > 30 LIMIT 1)
       UNION ALL (SELECT id, false FROM calls WHERE recording IS NULL LIMIT 1)`,
    );
    recordedId = rows.find((r) => r.recorded)!.id;
    unrecordedId = rows.find((r) => !r.recorded)!.id;
    leaks = [f.sim.url, `127.0.0.1:${f.sim.port}`, "nkrecord", "Signature", "AWSAccessKeyId", "Expires="];
  });
  afterAll(() => f.close());

  const plays = async () =>
    (await f.db.prisma.auditEvent.findMany({ where: { action: "recording.play" } })).map((e) => e.detail);

  it("streams the whole file, then a Range as 206 with the right bytes, and never the AntRing URL", async () => {
    const ctx = f.context(f.users.supervisor);
    const whole = await openRecording(ctx, recordedId);
    expect(whole.status).toBe(200);
    const all = await bytesOf(whole.body);
    expect(whole.headers["Content-Type"]).toBe("audio/wav");
    expect(whole.headers["Accept-Ranges"]).toBe("bytes");
    expect(Number(whole.headers["Content-Length"])).toBe(all.length);
    expect(all.subarray(0, 4).toString("latin1")).toBe("RIFF");

    const part = await openRecording(ctx, recordedId, "bytes=1000-1999");
    expect(part.status).toBe(206);
    expect(part.headers["Content-Range"]).toBe(`bytes 1000-1999/${all.length}`);
    expect(part.headers["Content-Length"]).toBe("1000");
    const bytes = await bytesOf(part.body);
    expect(bytes.equals(all.subarray(1000, 2000))).toBe(true);

    for (const response of [whole, part]) {
      const headerText = JSON.stringify(response.headers);
      for (const leak of leaks) expect(headerText).not.toContain(leak);
    }
    for (const leak of leaks) expect(all.toString("latin1")).not.toContain(leak);
  });

  it("audits a play once: for the start of the file, not for each seek", async () => {
    await f.db.pool.query(`DELETE FROM audit_events`);
    const ctx = f.context(f.users.supervisor);
    for (const range of ["bytes=0-", "bytes=20000-", "bytes=40000-40999"]) {
      await (await openRecording(ctx, recordedId, range)).body.cancel();
    }
    expect(await plays()).toEqual([{ callId: recordedId }]);
    const events = await f.db.prisma.auditEvent.findMany({ where: { action: "recording.play" } });
    expect(events[0]).toMatchObject({ userId: f.users.supervisor.id, userEmail: f.users.supervisor.email });
  });

  it("says which problem it met, and no error carries the signed URL", async () => {
    const supervisor = f.context(f.users.supervisor);
    await expect(openRecording(supervisor, unrecordedId)).rejects.toBeInstanceOf(RecordingNotFoundError);
    await expect(openRecording(supervisor, "fp:unknown:0")).rejects.toBeInstanceOf(RecordingNotFoundError);
    const beyond = await openRecording(supervisor, recordedId, "bytes=99999999-").catch((e: unknown) => e);
    expect(beyond).toBeInstanceOf(RecordingRangeNotSatisfiableError);
    expect((beyond as RecordingRangeNotSatisfiableError).size).toBeGreaterThan(44);

    const tampered = new TamperedUrlClient({
      baseUrl: f.sim.url,
      appId: f.sim.appId,
      appSecret: f.sim.appSecret,
    });
    const refused = await openRecording(
      f.context(f.users.supervisor, { antring: tampered }),
      recordedId,
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RecordingUnavailableError);

    const down = new AntringClient({
      baseUrl: f.sim.url,
      appId: f.sim.appId,
      appSecret: f.sim.appSecret,
      retry: { retries: 0 },
    });
    f.sim.setFaults({ failureRate: 1, failureRoutes: "all", failureStatuses: [500] });
    const upstreamDown = await openRecording(
      f.context(f.users.supervisor, { antring: down }),
      recordedId,
    ).catch((e: unknown) => e);
    f.sim.setFaults({ failureRate: 0 });
    expect(upstreamDown).toBeInstanceOf(RecordingUnavailableError);

    for (const error of [refused, upstreamDown, beyond]) {
      const text = `${(error as Error).message}\n${(error as Error).stack}\n${JSON.stringify(error)}\n${String((error as Error).cause)}`;
      for (const leak of leaks) expect(text).not.toContain(leak);
    }
  });

  it("is for supervisors and admins only", async () => {
    await expect(openRecording(f.context(f.users.viewer), recordedId)).rejects.toMatchObject({
      reason: "forbidden",
    });
    await expect(openRecording(f.context(null), recordedId)).rejects.toBeInstanceOf(AccessDeniedError);
    const admin = await openRecording(f.context(f.users.admin), recordedId, "bytes=0-9");
    expect(admin.status).toBe(206);
    expect((await bytesOf(admin.body)).length).toBe(10);
  });

  it("refuses a call id the database cannot hold (NUL) with a 400 naming it, not a 500", async () => {
    const error = await openRecording(f.context(f.users.supervisor), "rec:\u0000x").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(httpStatusOf(error as InvalidInputError)).toBe(400);
    expect((error as Error).message).toMatch(/^callId: /);
  });
});
