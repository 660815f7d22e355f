/** A small seeded PRNG (mulberry32): the same seed gives the same corpus and the same runs. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks with a Zipf-like skew towards the start of `items`: a few popular, a long tail. */
  skewed<T>(items: readonly T[], exponent?: number): T;
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const at = <T>(items: readonly T[], i: number): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.min(i, items.length - 1)] as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => at(items, Math.floor(next() * items.length)),
    skewed: (items, exponent = 2) => at(items, Math.floor(next() ** exponent * items.length)),
    chance: (p) => next() < p,
  };
}
