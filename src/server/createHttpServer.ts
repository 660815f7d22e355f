import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';

export interface HttpServer {
  server: Server;
  /** Starts serving the API; until then /ready and API requests answer 503. */
  serve(handler: RequestListener): void;
  /** Stops accepting connections and resolves once requests in flight have finished. */
  shutdown(graceMs?: number): Promise<void>;
}

/**
 * An HTTP server that answers /health from the start, /ready once the store is loaded, and hands
 * everything else to the GraphQL handler. It listens before the corpus is loaded so that an
 * orchestrator can tell "alive but loading" from "dead".
 */
export function createHttpServer(): HttpServer {
  let handler: RequestListener | null = null;
  let shuttingDown = false;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') return json(res, 200, { status: 'ok' });
    if (path === '/ready') {
      return handler && !shuttingDown ? json(res, 200, { status: 'ready' }) : json(res, 503, { status: shuttingDown ? 'stopping' : 'loading' });
    }
    if (!handler) {
      res.setHeader('retry-after', '1');
      return json(res, 503, { errors: [{ message: 'The corpus is still loading; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
    // A keep-alive connection that finishes its last response while we stop would otherwise
    // hold shutdown open until its idle timeout.
    res.once('finish', () => {
      if (shuttingDown) setImmediate(() => server.closeIdleConnections());
    });
    if (shuttingDown) res.setHeader('connection', 'close');
    handler(req, res);
  });
  return {
    server,
    serve(h) {
      handler = h;
    },
    shutdown(graceMs = 10_000) {
      shuttingDown = true;
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}

function json(res: ServerResponse<IncomingMessage>, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
