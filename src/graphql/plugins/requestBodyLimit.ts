import type { Plugin } from 'graphql-yoga';
import { LIMIT_CODES } from '../limits.js';

/**
 * Refuses request bodies over `maxBytes` with 413 before reading them when Content-Length says
 * so, and while reading them when the body is chunked.
 */
export function useRequestBodyLimit(maxBytes: number): Plugin {
  const tooLarge = (fetchAPI: { Response: typeof Response }) =>
    new fetchAPI.Response(
      JSON.stringify({
        errors: [{ message: `Request body is larger than ${maxBytes} bytes.`, extensions: { code: LIMIT_CODES.maxBodyBytes } }],
      }),
      { status: 413, headers: { 'content-type': 'application/json; charset=utf-8' } },
    );
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null && Number(length) > maxBytes) endResponse(tooLarge(fetchAPI));
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || request.method !== 'POST' || request.headers.has('content-length')) return;
      const parse = requestParser;
      setRequestParser(async (req) => {
        const text = await readAtMost(req, maxBytes);
        if (text === null) return tooLarge(fetchAPI);
        return parse(new fetchAPI.Request(req.url, { method: 'POST', headers: req.headers, body: text }));
      });
    },
  };
}

async function readAtMost(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
