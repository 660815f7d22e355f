import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

// Expected problems a client can fix. Their messages reach the client unmasked, so they name
// the offending value; everything that is not a GraphQLError is masked by yoga.
//
// Built with yoga's `createGraphQLError` rather than `new GraphQLError`: graphql 16 ships both
// CommonJS and ESM builds, and where a bundler (vitest's) loads our files against one and yoga
// against the other, yoga would not recognise our errors and would mask them.

/** A malformed argument: page size out of range, unreadable cursor or id, wrong kind of id. */
export function badUserInput(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A well-formed id or slug that names nothing in this corpus. */
export function notFound(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}
