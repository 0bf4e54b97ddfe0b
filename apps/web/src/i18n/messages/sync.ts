import { defineMessages } from "./define";

/** The sync status page. */
export const sync = defineMessages({}, {});
