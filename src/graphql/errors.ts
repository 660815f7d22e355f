import { GraphQLError } from 'graphql';

// Expected problems a client can fix. Their messages reach the client unmasked, so they name
// the offending value; everything that is not a GraphQLError is masked by yoga.

/** A malformed argument: page size out of range, unreadable cursor or id, wrong kind of id. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A well-formed id or slug that names nothing in this corpus. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}
