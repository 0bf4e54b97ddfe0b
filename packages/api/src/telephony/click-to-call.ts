import { AntringError, DeviceOfflineError } from "@antdash/antring-core";
import { z } from "zod";
import { recordAudit } from "../audit/audit";
import { requireRole } from "../auth/require-role";
import type { ApiContext } from "../context";
import { PreconditionFailedError, UpstreamUnavailableError } from "../errors";
import { parseInput } from "../validation";

/** What may be dialled: 3 to 15 digits (an extension or a phone number), spaces and dashes ignored. */
export const phoneNumberSchema = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{3,15}$/, "Enter a phone number of 3 to 15 digits."));

export class SipDeviceNotConfiguredError extends PreconditionFailedError {
  constructor() {
    super(
      "No SIP device is set up for your account. Ask an admin to add your SIP account under Users.",
      "sipDeviceNotConfigured",
    );
  }
}

/** AntRing's 400 on click-to-call. */
export class SipDeviceOfflineError extends PreconditionFailedError {
  constructor() {
    super("Your SIP device is offline or not registered", "sipDeviceOffline");
  }
}

export class ClickToCallFailedError extends UpstreamUnavailableError {
  constructor() {
    super("AntRing could not place the call. Try again in a moment.", "clickToCallFailed");
  }
}

/**
 * Calls `number` through the signed-in user's SIP device (supervisor+): AntRing rings the device first, then dials.
 * Every attempt is audited with its outcome.
 */
export async function clickToCall(
  ctx: Pick<ApiContext, "db" | "antring" | "user">,
  number: string,
): Promise<{ number: string }> {
  const user = requireRole(ctx.user, "supervisor");
  const dialled = parseInput(phoneNumberSchema, number);
  const device = await ctx.db.prisma.user.findUnique({
    where: { id: user.id },
    select: { sipUser: true, sipPassword: true },
  });
  if (!device?.sipUser || !device.sipPassword) throw new SipDeviceNotConfiguredError();
  const audit = (outcome: string) =>
    recordAudit(ctx.db, { user, action: "click_to_call", detail: { number: dialled, outcome } });
  try {
    await ctx.antring.clickToCall(dialled, { sipUser: device.sipUser, sipPassword: device.sipPassword });
  } catch (error) {
    if (error instanceof DeviceOfflineError) {
      await audit("device_offline");
      throw new SipDeviceOfflineError();
    }
    await audit("failed");
    if (error instanceof AntringError) throw new ClickToCallFailedError();
    throw error;
  }
  await audit("placed");
  return { number: dialled };
}
