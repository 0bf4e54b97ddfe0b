import { defineMessages } from "./define";

/** The calls page: table, detail panel, recording player, click-to-call, exports. */
export const calls = defineMessages({}, {});
