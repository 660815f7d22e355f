import { isAsyncIterable } from '@envelop/core';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface ResponseCacheOptions {
  /** Most responses kept; the least recently used goes first. Default 2,000. */
  maxEntries?: number;
  /** Most bytes of keys and serialized responses kept. Default 64 MiB. */
  maxBytes?: number;
}

/** Set on answers the cache keeps (or served), so a layer in front can keep the bytes too. */
export const RESPONSE_CACHE_HEADER = 'x-response-cache';

type SerializedResult = ExecutionResult & { stringify: () => string };

/**
 * Serialized responses keyed by operation text, name and variables. The store is read-only and
 * a reload builds a new gateway (and so a new cache), so an entry never goes stale: there is
 * nothing to invalidate. Only answers without errors are kept, and nothing in a response depends
 * on who asks. A hit skips parsing, validation, execution and serialization.
 */
export function useResponseCache(options: ResponseCacheOptions = {}): Plugin {
  const maxEntries = options.maxEntries ?? 2000;
  const maxBytes = options.maxBytes ?? 64 * 2 ** 20;
  const entries = new Map<string, string>(); // in least-recently-used-first order
  let bytes = 0;
  const pending = new WeakMap<Request, string>();
  const cached = new WeakSet<Request>();

  const remember = (key: string, text: string) => {
    const size = 2 * (key.length + text.length);
    if (size > maxBytes / 16) return; // one huge answer must not flush everything else
    entries.set(key, text);
    bytes += size;
    for (const [oldKey, oldText] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      entries.delete(oldKey);
      bytes -= 2 * (oldKey.length + oldText.length);
    }
  };

  return {
    onParams({ params, request, setResult }) {
      if (typeof params.query !== 'string') return;
      const key = JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null]);
      const text = entries.get(key);
      if (text === undefined) {
        pending.set(request, key);
        return;
      }
      entries.delete(key);
      entries.set(key, text);
      cached.add(request);
      setResult(serialized(text));
    },
    onExecutionResult({ request, result, setResult }) {
      const key = pending.get(request);
      if (key === undefined) return;
      pending.delete(request);
      if (!result || isAsyncIterable(result) || Array.isArray(result) || result.errors?.length || result.extensions) return;
      const stringify = (result as { stringify?: (r: unknown) => string }).stringify ?? JSON.stringify;
      const text = stringify(result);
      remember(key, text);
      cached.add(request);
      setResult(serialized(text));
    },
    onResponse({ request, response }) {
      if (cached.has(request) && response.status === 200) response.headers.set(RESPONSE_CACHE_HEADER, 'kept');
    },
  };
}

/** A result whose JSON is already written; yoga's JSON processor calls `stringify` instead of JSON.stringify. */
function serialized(text: string): SerializedResult {
  return {
    get data() {
      return (JSON.parse(text) as ExecutionResult).data;
    },
    stringify: () => text,
  };
}
