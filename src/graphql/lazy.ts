/** Computes a value on first use and keeps it: per-store views are paid for only if queried. */
export function lazy<T>(compute: () => T): () => T {
  let state: { value: T } | null = null;
  return () => (state ??= { value: compute() }).value;
}
