import { defineMessages } from "./define";

/** The agents and DIDs pages. */
export const agents = defineMessages({}, {});
