import { badUserInput } from './errors.js';
import { MAX_PAGE_SIZE } from './paginate.js';

/** Checks a plain list's size argument against the same bounds as a connection's `first`. */
export function limitArg(value: number, arg: string): number {
  if (value < 0) throw badUserInput(`\`${arg}\` must not be negative, got ${value}.`);
  if (value > MAX_PAGE_SIZE) throw badUserInput(`\`${arg}\` must be at most ${MAX_PAGE_SIZE}, got ${value}.`);
  return value;
}
