// The only place @antdash/api reads environment variables.

/** ANTDASH_READ_CACHE=off: every dashboard and call-list query runs again (to measure what sharing saves). */
export const readCacheEnabled = process.env.ANTDASH_READ_CACHE !== "off";
