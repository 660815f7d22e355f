import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import type { Operation } from './operations.js';

export interface CaseResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  requests: number;
  /** Server CPU time per request, µs (HTTP peers only). */
  cpuMicrosPerRequest?: number;
}

export function body(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

export async function post(url: string, payload: string, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; text: string; headers: Headers }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: payload });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // Left undefined: the caller reports the raw text.
  }
  return { status: response.status, json, text, headers: response.headers };
}

/**
 * Sends every variable set of `op` to every peer and checks the JSON is the same everywhere and
 * has no errors. Returns the response size of the first variable set, for the table.
 */
export async function checkSameJson(op: Operation, urls: Record<string, string>): Promise<number> {
  let size = 0;
  for (const [i, variables] of op.variables.entries()) {
    let reference: { peer: string; json: unknown } | undefined;
    for (const [peer, url] of Object.entries(urls)) {
      const { status, json, text } = await post(url, body(op.query, variables));
      if (status !== 200 || !json || (json as { errors?: unknown }).errors) {
        throw new Error(`${peer} answered ${op.name} ${JSON.stringify(variables)} with ${status}: ${text.slice(0, 300)}`);
      }
      if (i === 0 && !reference) size = Buffer.byteLength(text);
      if (!reference) reference = { peer, json };
      else if (!isDeepStrictEqual(reference.json, json)) {
        throw new Error(`${peer} and ${reference.peer} return different JSON for ${op.name} ${JSON.stringify(variables)}`);
      }
    }
  }
  return size;
}

/** One bounded autocannon run: `connections` keep-alive connections cycling through the variable sets. */
export function runCase(url: string, op: Operation, options: { connections: number; seconds: number }): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        requests: op.variables.map((v) => ({ body: body(op.query, v) })),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.total / options.seconds,
          p50: result.latency.p50,
          p99: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          requests: result.requests.total,
        });
      },
    );
  });
}
