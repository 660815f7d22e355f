/**
 * Asserts a state the store guarantees (every id a record holds names a record). A failure is
 * a bug, not a client mistake: it is a plain Error, so yoga masks it and logs it on the server.
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant violation: ${message}`);
}
