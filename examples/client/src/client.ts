// A GraphQL-over-HTTP client in one function: POST the document, ask for
// application/graphql-response+json, and return data typed by the document. No framework, no
// GraphQL runtime: documents are strings typed by @graphql-codegen/client-preset.
import type { TypedDocumentString } from './gql/graphql.js';

/** One entry of a response's `errors`, as the gateway sends it. */
export interface GraphQLErrorEntry {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  /** `code` is one of BAD_USER_INPUT, NOT_FOUND, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, INTERNAL_SERVER_ERROR. */
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * The server answered, but with errors: a bad argument (`codes` has BAD_USER_INPUT), an unknown
 * id or slug (NOT_FOUND), a document the schema does not accept (GRAPHQL_VALIDATION_FAILED), or a
 * masked server fault (INTERNAL_SERVER_ERROR). `data` holds whatever did resolve, if anything.
 */
export class GraphQLResponseError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLErrorEntry[],
    readonly data: unknown,
  ) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'GraphQLResponseError';
  }

  /** The errors' `extensions.code` values, to branch on instead of messages. */
  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? 'UNKNOWN');
  }
}

export interface ClientOptions {
  /** The gateway's endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** Headers sent with every request (authorization, tracing). */
  headers?: Record<string, string>;
  /** A fetch implementation; the global one by default. Tests can pass `gateway.fetch`. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

export interface RequestOptions {
  /** Cancels the request, e.g. when the user navigates away. */
  signal?: AbortSignal;
}

// Variables are optional exactly when the operation declares none.
type RequestArgs<TVariables> = TVariables extends Record<string, never>
  ? [variables?: TVariables, options?: RequestOptions]
  : [variables: TVariables, options?: RequestOptions];

export interface Client {
  request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, ...args: RequestArgs<TVariables>): Promise<TResult>;
}

export function createClient({ url, headers = {}, fetch: fetchFn = globalThis.fetch }: ClientOptions): Client {
  return {
    async request(document, ...[variables, options]) {
      const response = await fetchFn(url, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          // The GraphQL-over-HTTP media type: errors that stop a request (a document that does not
          // validate, say) come with a 4xx status instead of 200.
          accept: 'application/graphql-response+json, application/json;q=0.9',
        },
        body: JSON.stringify({ query: document.toString(), variables }),
        ...(options?.signal ? { signal: options.signal } : {}),
      });
      const type = response.headers.get('content-type') ?? '';
      if (!/^application\/(graphql-response\+)?json/.test(type)) {
        throw new Error(`${url} answered ${response.status} ${response.statusText} with ${type || 'no content type'}, not a GraphQL response`);
      }
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorEntry[] };
      if (body.errors?.length) throw new GraphQLResponseError(response.status, body.errors, body.data ?? null);
      if (body.data === undefined || body.data === null) throw new Error(`${url} answered ${response.status} without data or errors`);
      return body.data as never;
    },
  };
}
