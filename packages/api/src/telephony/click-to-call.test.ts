import { TRPCError } from "@trpc/server";
import { testDatabaseModes } from "@antdash/db/testing";
import { describe, expect, it } from "vitest";
import { updateUser } from "../auth/users";
import { TEST_DEVICES } from "../test/api-fixture";
import { useApiFixture } from "../test/use-api-fixture";

describe.each(testDatabaseModes())("telephony.clickToCall against the simulator on %s", (mode) => {
  const f = useApiFixture(mode, { historyDays: 1 });

  const audited = async () =>
    (
      await f.db.prisma.auditEvent.findMany({ where: { action: "click_to_call" }, orderBy: { at: "asc" } })
    ).map((e) => e.detail);

  it("places the call through the supervisor's online SIP device and audits it", async () => {
    const before = f.sim.requestCount("click_to_call");
    await expect(
      f.caller(f.users.supervisor).telephony.clickToCall({ number: "0903 123-456" }),
    ).resolves.toEqual({
      number: "0903123456",
    });
    expect(f.sim.requestCount("click_to_call")).toBe(before + 1);
    expect(await audited()).toContainEqual({ number: "0903123456", outcome: "placed" });
  });

  it("says clearly when the device is offline (AntRing's 400)", async () => {
    const offline = TEST_DEVICES[1]!;
    await updateUser(f.db, f.users.admin.id, {
      sipDevice: { sipUser: offline.sipUser, sipPassword: offline.sipPassword },
    });
    const error = await f
      .caller(f.users.admin)
      .telephony.clickToCall({ number: "0903123456" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "Your SIP device is offline or not registered",
    });
    expect(await audited()).toContainEqual({ number: "0903123456", outcome: "device_offline" });
    // The SIP password is not in the trail nor in the error.
    expect(JSON.stringify(await audited()) + String(error)).not.toContain(offline.sipPassword);
  });

  it("says clearly when no device is set up", async () => {
    await updateUser(f.db, f.users.admin.id, { sipDevice: null });
    const before = f.sim.requestCount("click_to_call");
    const error = await f
      .caller(f.users.admin)
      .telephony.clickToCall({ number: "0903123456" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/No SIP device/),
    });
    expect(f.sim.requestCount("click_to_call")).toBe(before);
  });

  it("refuses numbers that are not 3 to 15 digits, before calling AntRing", async () => {
    const before = f.sim.requestCount("click_to_call");
    for (const number of ["12", "0903abc456", "1234567890123456", ""]) {
      const error = await f
        .caller(f.users.supervisor)
        .telephony.clickToCall({ number })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/3 to 15 digits/) });
    }
    expect(f.sim.requestCount("click_to_call")).toBe(before);
  });

  it("is not for viewers", async () => {
    await expect(
      f.caller(f.users.viewer).telephony.clickToCall({ number: "0903123456" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
