import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { InvalidInputError } from "../errors";
import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes the whole input; a cap keeps a megabyte "password" from costing the server anything extra. */
const PASSWORD_MAX_LENGTH = 256;

/** The password policy, for procedure inputs. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`);

export class WeakPasswordError extends InvalidInputError {
  constructor() {
    super(`The password needs ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`, "weakPassword");
  }
}

/** A password of the right length that is too easy to guess: a common one, or the account's own name. */
export class GuessablePasswordError extends InvalidInputError {
  constructor() {
    super(
      "This password is too easy to guess: choose one that is not common and not your email address.",
      "guessablePassword",
    );
  }
}

/**
 * Throws WeakPasswordError unless the password meets the length policy, and GuessablePasswordError for a common
 * password, one repeating a character or two, or one equal to the account's email (or the part before the @).
 */
export function assertPasswordPolicy(password: string, identities: readonly string[] = []): void {
  if (!passwordSchema.safeParse(password).success) throw new WeakPasswordError();
  const lowered = password.trim().toLowerCase();
  const names = identities.flatMap((identity) => {
    const email = identity.trim().toLowerCase();
    return [email, email.split("@")[0] ?? email];
  });
  if (COMMON_PASSWORDS.has(lowered) || new Set(lowered).size <= 2 || names.includes(lowered)) {
    throw new GuessablePasswordError();
  }
}

// argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): ~50 ms a hash here. (Algorithm is a const enum, which
// isolatedModules cannot read at runtime: 2 is Argon2id.)
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed stored hash (never throws on user input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the time a real check would, so an unknown email cannot be told from a wrong password by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("a password nobody has");
  await verifyPassword(await dummyHash, password);
}
