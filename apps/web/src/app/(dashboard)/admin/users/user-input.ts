import { errorReasonOf } from "~/lib/api-error";

/** What a new-user or password form lacks, per field, before anything is sent (the API checks again). */
export type UserFieldProblem = "emailInvalid" | "nameMissing" | "passwordShort";

// The shape of an address, not its deliverability: the API's check is the authority.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function passwordProblem(password: string, minLength: number): UserFieldProblem | null {
  return password.length < minLength ? "passwordShort" : null;
}

export function newUserProblems(
  input: { email: string; name: string; password: string },
  passwordMinLength: number,
): Partial<Record<"email" | "name" | "password", UserFieldProblem>> {
  const problems: Partial<Record<"email" | "name" | "password", UserFieldProblem>> = {};
  if (!EMAIL.test(input.email.trim())) problems.email = "emailInvalid";
  if (input.name.trim() === "") problems.name = "nameMissing";
  const password = passwordProblem(input.password, passwordMinLength);
  if (password) problems.password = password;
  return problems;
}

/**
 * The words for a refused user change: a taken email and the last-admin rule (changing the role, disabling or
 * deleting the last active admin) by the API's reason; anything else shows the API's own message.
 */
export function refusalMessage(
  error: unknown,
  m: { emailTaken: string; lastAdmin: string; actionFailed: string },
): string {
  const reason = errorReasonOf(error);
  if (reason === "emailTaken") return m.emailTaken;
  if (reason === "lastAdmin") return m.lastAdmin;
  const message = error instanceof Error ? error.message : String(error);
  return `${m.actionFailed} ${message}`;
}
