import { createHash, randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/**
 * ETag and 304 Not Modified for GET queries. The store is read-only, so the answer to a given
 * query string is fixed for the life of the gateway: the tag is a hash of the URL's query
 * string and of this gateway instance, computed without running anything, and a matching
 * If-None-Match is answered before parsing. Answers with errors get no tag.
 */
export function useHttpCaching(options: { maxAgeSeconds?: number } = {}): Plugin {
  const generation = randomUUID();
  const tags = new WeakMap<Request, string>();
  const clean = new WeakSet<Request>();
  const cacheControl = `public, max-age=${options.maxAgeSeconds ?? 60}`;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || !url.searchParams.has('query')) return;
      const tag = `W/"${createHash('sha1').update(generation).update(url.search).digest('base64url')}"`;
      const ifNoneMatch = request.headers.get('if-none-match');
      if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers: { etag: tag, 'cache-control': cacheControl } }));
        return;
      }
      tags.set(request, tag);
    },
    onExecutionResult({ request, result }) {
      if (!tags.has(request)) return;
      const errors = (result as { errors?: readonly unknown[] }).errors;
      if (!Array.isArray(result) && !errors?.length) clean.add(request);
    },
    onResponse({ request, response }) {
      const tag = tags.get(request);
      if (tag === undefined || response.status !== 200 || !clean.has(request)) return;
      response.headers.set('etag', tag);
      response.headers.set('cache-control', cacheControl);
    },
  };
}
