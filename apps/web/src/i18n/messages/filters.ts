import { defineMessages } from "./define";

/** The filter bar shared by the analytic pages. */
export const filters = defineMessages({}, {});
