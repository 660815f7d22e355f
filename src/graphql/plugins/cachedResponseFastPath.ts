import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESPONSE_CACHE_HEADER } from './responseCache.js';

export interface FastPathOptions {
  graphqlEndpoint: string;
  maxBodyBytes: number;
  /** Most answers kept. Default 2,000. */
  maxEntries?: number;
  /** Most bytes kept (bodies and answers). Default 64 MiB. */
  maxBytes?: number;
}

interface Entry {
  contentType: string;
  body: Buffer;
  size: number;
}

type NodeListener = (req: IncomingMessage, res: ServerResponse) => unknown;
interface FetchLike {
  fetch(request: Request, context: Record<string, unknown>): Promise<Response> | Response;
}

const CLIENT_ID = /^[\w.:@-]{1,128}$/;

/**
 * Profiling showed that once the response cache answers, yoga's request path itself (turning
 * Node's request into a fetch Request with its AbortSignal, the plugin chain, streaming the
 * Response back) is most of what a request costs. For the common case (a POST with a JSON body
 * the cache has answered before, no CORS) this answers from Node's request and response
 * directly: the body text and Accept header are the key, the answer is bytes ready to send.
 * Everything else, and every first answer, goes through yoga unchanged; only answers yoga's
 * response cache kept (no errors) are kept here, so limits, masking and errors are yoga's.
 */
export function withCachedResponseFastPath<T extends object>(gateway: T & FetchLike, options: FastPathOptions): T {
  const maxEntries = options.maxEntries ?? 2000;
  const maxBytes = options.maxBytes ?? 64 * 2 ** 20;
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const remember = (key: string, entry: Entry) => {
    if (entry.size > maxBytes / 16) return;
    entries.set(key, entry);
    bytes += entry.size;
    for (const [k, e] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= e.size;
    }
  };

  const eligible = (req: IncomingMessage): boolean => {
    if (req.method !== 'POST' || req.headers.origin !== undefined) return false;
    const length = Number(req.headers['content-length']);
    if (!Number.isFinite(length) || length <= 0 || length > options.maxBodyBytes) return false;
    const url = req.url ?? '';
    const path = url.includes('?') ? url.slice(0, url.indexOf('?')) : url;
    return path === options.graphqlEndpoint && (req.headers['content-type'] ?? '').startsWith('application/json');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && CLIENT_ID.test(given) ? given : randomUUID();
    const key = `${req.headers.accept ?? ''}\n${text}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      res.writeHead(200, { 'content-type': hit.contentType, 'content-length': hit.body.length, 'x-request-id': requestId });
      res.end(hit.body);
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && name !== 'content-length') headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    headers.set('x-request-id', requestId);
    const response = await gateway.fetch(new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method: 'POST', headers, body: text }), { req, res });
    const body = Buffer.from(await response.arrayBuffer());
    const cacheable = response.status === 200 && response.headers.get(RESPONSE_CACHE_HEADER) !== null;
    response.headers.delete(RESPONSE_CACHE_HEADER);
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      out[name] = value;
    });
    out['content-length'] = String(body.length);
    res.writeHead(response.status, out);
    res.end(body);
    if (cacheable) remember(key, { contentType: response.headers.get('content-type') ?? 'application/json', body, size: 2 * key.length + body.length });
  };

  return new Proxy(gateway, {
    // yoga's adapter hands out its own bound `apply`/`call`; Node's EventEmitter calls
    // `listener.apply(…)`, which must reach this proxy's trap below.
    get(target, prop) {
      if (prop === 'apply' || prop === 'call' || prop === 'bind') return Function.prototype[prop];
      return Reflect.get(target, prop);
    },
    apply(target, thisArg, args: unknown[]) {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (args.length >= 2 && typeof (res as { writeHead?: unknown })?.writeHead === 'function' && eligible(req)) {
        return handle(req, res).catch(() => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
        });
      }
      return Reflect.apply(target as unknown as NodeListener, thisArg, args);
    },
  });
}
