import superjson from "superjson";

type Serialized = ReturnType<typeof superjson.serialize>;

/** Shared answers (deep-frozen, so they can never change) and their wire form, made once. */
const sharedAnswers = new WeakSet<object>();
const wireForms = new WeakMap<object, Serialized>();

/** Marks a deep-frozen answer as shared: its wire form may be made once and reused. */
export function markShared(answer: object): void {
  sharedAnswers.add(answer);
}

/**
 * superjson's wire form of an answer; a shared answer's is made once, not once per response (50 people opening one
 * dashboard cost one serialization, not fifty).
 */
export function serializeAnswer(value: unknown): Serialized {
  if (value === null || typeof value !== "object" || !sharedAnswers.has(value))
    return superjson.serialize(value);
  let wire = wireForms.get(value);
  if (!wire) {
    wire = superjson.serialize(value);
    wireForms.set(value, wire);
  }
  return wire;
}
