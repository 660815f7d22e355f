import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Store } from '../store/Store.js';
import { createResolvers } from './resolvers/index.js';

// Resolved from this module, not the working directory: two levels up is the package root
// both from src/graphql (tsx) and from dist/graphql (after build), and schema.graphql ships there.
const SCHEMA_URL = new URL('../../schema.graphql', import.meta.url);

/** The contract in schema.graphql, as text. */
export function readSchemaSource(): string {
  return readFileSync(SCHEMA_URL, 'utf8');
}

/**
 * The executable schema over one store. Resolvers expect the context from `createContext`
 * (with the same store) on every request.
 */
export function createSchema(store: Store): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: readSchemaSource(), resolvers: createResolvers(store) });
}
