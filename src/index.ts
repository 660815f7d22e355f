// The library entry: load a corpus into a store, then serve it with the gateway, or embed the
// same schema and per-request context in another GraphQL server.
export { loadCorpus, type LoadCorpusOptions, type LoadedCorpus } from './ingest/loadCorpus.js';
export { CorpusError } from './ingest/readCorpus.js';
export { createSchema, readSchemaSource } from './graphql/createSchema.js';
export { createContext, type GatewayContext } from './graphql/createContext.js';
export { createGateway, type Gateway, type GatewayOptions } from './graphql/createGateway.js';
export { createHttpServer, type HttpServer } from './server/createHttpServer.js';
export { buildStore, type StoreInput } from './store/buildStore.js';
export type { Store, CoMention } from './store/Store.js';
export type * from './store/records.js';
