// Configuration of the live call feed (the only place this module reads the environment; lint rule).
import { LIVE_PROTOCOLS, type LiveProtocolSetting } from "@antdash/antring-core";
import { z } from "zod";

const schema = z.object({
  /** The Socket.IO server of live call signals. Default: AntRing's (antring-core DEFAULT_LIVE_URL). `pnpm start`
   *  in demo mode points it at the simulator, which serves live signals on its own origin. */
  ANTRING_LIVE_URL: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .pipe(z.url().optional()),
  /** Sent as account_id when subscribing (AntRing does not document where it comes from). */
  ANTRING_ACCOUNT_ID: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined)),
  /** The live server's wire protocol; "auto" tries Socket.IO 4, 2, 0.9 and Kazoo WebSocket in turn. */
  ANTRING_LIVE_PROTOCOL: z
    .enum(["auto", ...LIVE_PROTOCOLS], {
      error: `ANTRING_LIVE_PROTOCOL must be auto or one of ${LIVE_PROTOCOLS.join(", ")}`,
    })
    .default("auto"),
  /** "off" keeps this process from connecting to the live feed at all. */
  LIVE_CALLS: z.enum(["on", "off"], { error: "LIVE_CALLS must be on or off" }).default("on"),
});

export interface LiveFeedEnv {
  enabled: boolean;
  url: string | undefined;
  accountId: string | undefined;
  protocol: LiveProtocolSetting;
}

export function liveFeedEnv(): LiveFeedEnv {
  const env = schema.parse(process.env);
  return {
    enabled: env.LIVE_CALLS === "on",
    url: env.ANTRING_LIVE_URL,
    accountId: env.ANTRING_ACCOUNT_ID,
    protocol: env.ANTRING_LIVE_PROTOCOL,
  };
}
