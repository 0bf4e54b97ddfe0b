/**
 * Codes next-auth hands back to the sign-in form (as `error`). The form maps each to a translated message; anything
 * else is shown as the generic failure.
 */
export const SIGN_IN_ERROR = {
  /** Unknown email, wrong password or disabled account: deliberately indistinguishable. next-auth's own code. */
  invalidCredentials: "CredentialsSignin",
  rateLimited: "RateLimited",
} as const;
