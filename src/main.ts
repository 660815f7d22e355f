// The command-line server: `npm start -- --corpus DIR --port N --host H`.
// Building has no side effects elsewhere; this file is the one place that listens.
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { CliUsageError, USAGE, parseCliArgs, type CliOptions } from './cli/parseCliArgs.js';
import { createGateway } from './graphql/createGateway.js';
import { loadCorpus } from './ingest/loadCorpus.js';
import { CorpusError } from './ingest/readCorpus.js';
import { createHttpServer } from './server/createHttpServer.js';

async function main(): Promise<void> {
  const options = readOptions();
  const http = createHttpServer();
  http.server.listen(options.port, options.host);
  await Promise.race([once(http.server, 'listening'), once(http.server, 'error').then(([error]) => Promise.reject(error))]);
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${addressPort(http.server.address())}/graphql`;

  const started = performance.now();
  const { store, warnings, fromSnapshot } = await loadCorpus(options.corpus, {
    maxFileBytes: options.maxFileBytes,
    ...(options.cache ? {} : { snapshotDir: false }),
  });
  for (const w of warnings) console.warn(`warning: ${w.file || options.corpus}: ${w.reason}`);
  const gateway = createGateway({ store, graphiql: options.graphiql });
  http.serve(gateway);

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `Loaded ${store.articleList.length} articles, ${store.entities.size} entities, ${store.mentions.size} mentions, ` +
      `${store.quotes.size} quotes, ${store.relations.size} relations from ${options.corpus} in ${seconds} s` +
      `${fromSnapshot ? ' from a snapshot' : ''} ` +
      `(${warnings.length} warning${warnings.length === 1 ? '' : 's'}).`,
  );
  console.log(`GraphQL API${options.graphiql ? ' and GraphiQL' : ''} at ${url}`);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      console.log(`${signal}: finishing requests in flight, then stopping.`);
      void http.shutdown().then(() => process.exit(0));
    });
  }
}

function readOptions(): CliOptions {
  try {
    const options = parseCliArgs(process.argv.slice(2), process.env);
    if (options === 'help') {
      console.log(USAGE);
      process.exit(0);
    }
    return options;
  } catch (error) {
    if (error instanceof CliUsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    throw error;
  }
}

function addressPort(address: ReturnType<import('node:net').Server['address']>): number | string {
  return typeof address === 'object' && address ? address.port : String(address);
}

main().catch((error: unknown) => {
  if (error instanceof CorpusError) console.error(`error: ${error.message}`);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error(`error: ${(error as Error).message}: the port is taken; pick another with --port`);
  else console.error(error);
  process.exit(1);
});
