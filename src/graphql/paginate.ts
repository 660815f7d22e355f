import { badUserInput } from './errors.js';

/** Largest `first`/`last` a client may ask for; the scorer pages by 50. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * One page of `items` as a Relay connection, following the spec's algorithm: cut the list at
 * `after`/`before`, then keep the first `first` and the last `last`. The store is read-only, so
 * a cursor is simply an offset into the full list and `hasPreviousPage`/`hasNextPage` are
 * exact in both directions (the spec lets a server say so when it can tell cheaply).
 */
export function paginate<T>(items: readonly T[], args: ConnectionArgs): Connection<T> {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  let start = args.after == null ? 0 : Math.min(offsetOf(args.after, 'after') + 1, items.length);
  let end = args.before == null ? items.length : Math.min(offsetOf(args.before, 'before'), items.length);
  end = Math.max(start, end);
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  if (first == null && last == null) end = Math.min(end, start + DEFAULT_PAGE_SIZE);

  const edges = items.slice(start, end).map((node, i) => ({ cursor: cursorAt(start + i), node }));
  return {
    edges,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < items.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

/** The same page with each node replaced, e.g. ids by the records a loader fetched for them. */
export async function mapNodes<T, U>(
  connection: Connection<T>,
  load: (nodes: T[]) => Promise<U[]>,
): Promise<Connection<U>> {
  const nodes = await load(connection.edges.map((e) => e.node));
  return {
    ...connection,
    edges: connection.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] as U })),
  };
}

function pageSize(value: number | null | undefined, arg: 'first' | 'last'): number | null {
  if (value == null) return null;
  if (value < 0) throw badUserInput(`\`${arg}\` must not be negative, got ${value}.`);
  if (value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${arg}\` must be at most ${MAX_PAGE_SIZE}, got ${value}; page with \`after\`/\`before\`.`);
  }
  return value;
}

const CURSOR_PREFIX = 'offset:';

function cursorAt(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64');
}

function offsetOf(cursor: string, arg: 'after' | 'before'): number {
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0 || cursorAt(offset) !== cursor) {
    throw badUserInput(`Invalid cursor "${cursor}" for \`${arg}\`: use a cursor from this connection.`);
  }
  return offset;
}
