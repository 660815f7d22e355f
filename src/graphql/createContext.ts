import type { Store } from '../store/Store.js';
import { createLoaders, type LoaderOptions, type Loaders } from './createLoaders.js';

/**
 * What every resolver receives. It holds loaders and not the store: resolvers below `Query`
 * can only reach other records through a loader, so no hop escapes batching.
 */
export interface GatewayContext {
  loaders: Loaders;
}

/** A fresh context for one request. Embedders call it once per request with the store given to `createSchema`. */
export function createContext(store: Store, options: LoaderOptions = {}): GatewayContext {
  return { loaders: createLoaders(store, options) };
}
