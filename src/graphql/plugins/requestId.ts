import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type Plugin, type YogaLogger } from 'graphql-yoga';

const HEADER = 'x-request-id';
/** A client's own id is echoed when it looks like one; anything else is replaced. */
const CLIENT_ID = /^[\w.:@-]{1,128}$/;

export interface RequestIds {
  plugin: Plugin;
  /** yoga's `maskedErrors.maskError`: masks as yoga does and remembers the original for the log. */
  maskError: (error: unknown, message: string, isDev?: boolean) => Error;
}

/**
 * Gives every request an id (the client's X-Request-Id, or a new UUID), returns it in the
 * X-Request-Id header, and for every masked error logs the original with that id and puts the
 * id in the error's `extensions.requestId`, so a client's report leads to the server log line.
 */
export function createRequestIds(): RequestIds {
  const ids = new WeakMap<Request, string>();
  const originals = new WeakMap<object, unknown>();
  let logger: YogaLogger | undefined;

  const maskError: RequestIds['maskError'] = (error, message, isDev) => {
    const masked = yogaMaskError(error, message, isDev);
    if (masked !== error) originals.set(masked, (error as GraphQLError).originalError ?? error);
    return masked;
  };

  const plugin: Plugin = {
    onYogaInit({ yoga }) {
      logger = yoga.logger;
    },
    onRequest({ request }) {
      const given = request.headers.get(HEADER);
      ids.set(request, given && CLIENT_ID.test(given) ? given : randomUUID());
    },
    onExecutionResult({ request, result }) {
      const errors = Array.isArray(result) ? result.flatMap((r) => r.errors ?? []) : ((result as { errors?: GraphQLError[] }).errors ?? []);
      const id = ids.get(request);
      for (const error of errors) {
        if (!originals.has(error)) continue;
        (error.extensions as Record<string, unknown>).requestId = id;
        const original = originals.get(error);
        logger?.error(`request ${id}: ${error.path ? `${error.path.join('.')}: ` : ''}${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
      }
    },
    onResponse({ request, response }) {
      const id = ids.get(request);
      if (id) response.headers.set(HEADER, id);
    },
  };
  return { plugin, maskError };
}
