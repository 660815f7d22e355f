import type { Plugin } from 'graphql-yoga';
import { DEFAULT_LIMITS, type GatewayLimits } from '../limits.js';
import { withCachedResponseFastPath } from './cachedResponseFastPath.js';
import { useCompiledQueries } from './compiledQueries.js';
import { useExecutionTimeout } from './executionTimeout.js';
import { useHideFieldSuggestions } from './hideFieldSuggestions.js';
import { useHttpCaching } from './httpCaching.js';
import { useQueryLimits } from './queryLimits.js';
import { useRequestBodyLimit } from './requestBodyLimit.js';
import { createRequestIds } from './requestId.js';
import { useResponseCache, type ResponseCacheOptions } from './responseCache.js';

export interface GatewayPluginOptions {
  /** Overrides of the default limits (limits.ts). */
  limits?: Partial<GatewayLimits>;
  /** Keep serialized answers for the life of the store. Default on. */
  responseCache?: boolean | ResponseCacheOptions;
  /** Execute through graphql-jit. Default on. */
  compiledQueries?: boolean;
  /** "Did you mean …?" in validation errors. Default: only when NODE_ENV is "development". */
  fieldSuggestions?: boolean;
}

export interface GatewayPlugins {
  plugins: Plugin[];
  /** For yoga's `maskedErrors.maskError`: ties each masked error to its request id in the log. */
  maskError: ReturnType<typeof createRequestIds>['maskError'];
  /** Puts the cached-answer fast path in front of the yoga instance (when the response cache is on). */
  wrap<T extends object>(gateway: T, graphqlEndpoint: string): T;
}

/**
 * The gateway's own plugins, in the order they must run: request id first (every response
 * carries it), then the checks that can answer before parsing (body size, 304), the response
 * cache (a hit skips everything after it), the timeout around what remains, the static query
 * limits, and compiled execution last.
 */
export function gatewayPlugins(options: GatewayPluginOptions = {}): GatewayPlugins {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const requestIds = createRequestIds();
  const cache = options.responseCache ?? true;
  const plugins: Plugin[] = [
    requestIds.plugin,
    useRequestBodyLimit(limits.maxBodyBytes),
    useHttpCaching(),
    ...(cache ? [useResponseCache(cache === true ? {} : cache)] : []),
    useExecutionTimeout(limits.executionTimeoutMs),
    useQueryLimits(limits),
    ...((options.fieldSuggestions ?? process.env.NODE_ENV === 'development') ? [] : [useHideFieldSuggestions()]),
    ...((options.compiledQueries ?? true) ? [useCompiledQueries()] : []),
  ];
  return {
    plugins,
    maskError: requestIds.maskError,
    wrap: (gateway, graphqlEndpoint) =>
      cache
        ? withCachedResponseFastPath(gateway as typeof gateway & Parameters<typeof withCachedResponseFastPath>[0], {
            graphqlEndpoint,
            maxBodyBytes: limits.maxBodyBytes,
            ...(cache === true ? {} : cache),
          })
        : gateway,
  };
}
