import { z } from "zod";

export const tvDisplayViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.date(),
  revoked: z.boolean(),
  lastSeenAt: z.date().nullable(),
});
export const tvDisplayIdSchema = z.object({ id: z.string().min(1).max(64) });
