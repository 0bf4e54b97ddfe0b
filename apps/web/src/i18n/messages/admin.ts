import { defineMessages } from "./define";

/** Admin pages: users, TV displays, settings. */
export const admin = defineMessages({}, {});
