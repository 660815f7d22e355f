/**
 * What one request may ask of the gateway. Every limit is on by default; `createGateway`
 * takes overrides through `GatewayOptions.limits`. The page-size cap of `first`/`last`
 * (MAX_PAGE_SIZE in paginate.ts) is part of the contract in schema.graphql, not an option.
 */
export interface GatewayLimits {
  /** Deepest selection allowed; a connection hop costs 3 levels (field → edges → node). */
  maxDepth: number;
  /** Aliased fields per operation. */
  maxAliases: number;
  /** Lexical tokens in the document: bounds parsing work before anything else runs. */
  maxTokens: number;
  /** graphql-armor's static cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last` (the nested-list bench query costs 14,000). */
  maxCost: number;
  /** Largest request body, in bytes (413 PAYLOAD_TOO_LARGE above). */
  maxBodyBytes: number;
  /** An operation that has not produced its result after this long is answered with EXECUTION_TIMEOUT. */
  executionTimeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<GatewayLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 1000,
  maxCost: 50_000,
  maxBodyBytes: 256 * 1024,
  executionTimeoutMs: 10_000,
});

/** `extensions.code` of each limit's error, for clients and tests. */
export const LIMIT_CODES = {
  maxDepth: 'MAX_DEPTH_EXCEEDED',
  maxAliases: 'MAX_ALIASES_EXCEEDED',
  maxTokens: 'MAX_TOKENS_EXCEEDED',
  maxCost: 'MAX_COST_EXCEEDED',
  maxBodyBytes: 'PAYLOAD_TOO_LARGE',
  executionTimeoutMs: 'EXECUTION_TIMEOUT',
} as const satisfies Record<keyof GatewayLimits, string>;
