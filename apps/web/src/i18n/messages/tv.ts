import { defineMessages } from "./define";

/** The TV wallboard. */
export const tv = defineMessages({}, {});
