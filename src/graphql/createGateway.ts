import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { Store } from '../store/Store.js';
import { createContext, type GatewayContext } from './createContext.js';
import type { LoaderOptions } from './createLoaders.js';
import { createSchema } from './createSchema.js';
import { graphiqlTabs } from './graphiqlTabs.js';
import { gatewayPlugins, type GatewayPluginOptions } from './plugins/gatewayPlugins.js';

export interface GatewayOptions extends GatewayPluginOptions {
  store: Store;
  /** Serve GraphiQL on GET of the endpoint from a browser. Default true. */
  graphiql?: boolean;
  /** Hide unexpected errors' messages from clients (they are logged). Default true; turn off only to debug. */
  maskedErrors?: boolean;
  /** Path of the GraphQL endpoint. Default "/graphql". */
  graphqlEndpoint?: string;
  /** Yoga's logger setting: false silences it (tests), true or a level enables it. Default true. */
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error' | YogaLogger;
  /** Hooks into every request's loaders, e.g. `onBatch` to trace how queries are fetched. */
  loaders?: LoaderOptions;
  /** Extra envelop/yoga plugins (tracing, caching, graphql-jit…), applied after the gateway's own. */
  plugins?: Plugin[];
}

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

/**
 * Builds the HTTP handler for one store: schema, per-request context, GraphiQL. It never
 * listens; hand it to `http.createServer`, or call `gateway.fetch` in tests.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { store, graphiql = true, maskedErrors = true, graphqlEndpoint = '/graphql', logging = true } = options;
  // Limits, caching, compiled execution and request ids: src/graphql/plugins/.
  // Loader hooks observe executions, which a cached answer would skip.
  const own = gatewayPlugins({ ...options, responseCache: options.responseCache ?? !options.loaders });
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema: createSchema(store),
    context: () => createContext(store, options.loaders),
    graphqlEndpoint,
    maskedErrors: maskedErrors && { maskError: own.maskError },
    logging,
    plugins: [...own.plugins, ...(options.plugins ?? [])],
    landingPage: false,
    // Served from the gateway itself: yoga's default page loads GraphiQL from a CDN and stays
    // blank without internet access.
    renderGraphiQL,
    graphiql: graphiql && {
      title: 'News graph — GraphiQL',
      defaultQuery: graphiqlTabs[0]?.query ?? '',
      defaultTabs: graphiqlTabs,
    },
  });
  return own.wrap(yoga, graphqlEndpoint);
}
