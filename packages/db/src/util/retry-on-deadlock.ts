/** SQLSTATEs PostgreSQL uses for a transaction chosen as a victim: deadlock_detected, serialization_failure. */
const VICTIM_CODES = new Set(["40P01", "40001"]);

/**
 * Runs a statement that is safe to repeat (idempotent, one transaction) again when PostgreSQL aborted it as the
 * victim of a deadlock. Writers lock rows in key order, so this is a backstop, not the plan: a few tries, then the
 * error goes up.
 */
export async function retryOnDeadlock<T>(statement: () => Promise<T>, tries = 4): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await statement();
    } catch (error) {
      if (attempt >= tries || !VICTIM_CODES.has((error as { code?: string }).code ?? "")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
