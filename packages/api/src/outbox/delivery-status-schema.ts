import { z } from "zod";

/**
 * Where one delivery stands in the delivery log, alike for a report and an alert notification: the pages that
 * list deliveries show these fields beside what was delivered.
 */
export const deliveryStatusSchema = z.object({
  state: z.enum(["pending", "sending", "sent", "failed"]),
  attempts: z.number().int(),
  /** The last failure (SMTP refused, a webhook 500…); on a report also a note when sent or why it waits. */
  lastError: z.string().nullable(),
  nextAttemptAt: z.date(),
  sentAt: z.date().nullable(),
  createdAt: z.date(),
});
