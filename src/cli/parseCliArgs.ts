import { parseArgs } from 'node:util';

export interface CliOptions {
  corpus: string;
  port: number;
  host: string;
  graphiql: boolean;
  /** Reuse a snapshot of the built store when corpus and code are unchanged. */
  cache: boolean;
  maxFileBytes: number | undefined;
}

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export const USAGE = `Usage: npm start -- [--corpus DIR] [--port N] [--host H] [--no-graphiql] [--no-cache] [--max-file-mb N]

  --corpus DIR      folder of plain-text articles (*.txt, sub-folders included); default: seeds
  --port N          port to listen on; default: $PORT or 4000
  --host H          interface to listen on; default: $HOST or 127.0.0.1 (use 0.0.0.0 to serve the network)
  --no-graphiql     do not serve the GraphiQL playground on GET /graphql
  --no-cache        analyze the corpus again even if a snapshot of it exists
  --max-file-mb N   skip articles larger than N MiB; default: 5`;

/** Reads command-line flags, falling back to PORT and HOST from the environment. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        corpus: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'no-graphiql': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        'max-file-mb': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const maxFileMb = values['max-file-mb'] === undefined ? undefined : positiveNumber('--max-file-mb', values['max-file-mb']);
  return {
    corpus: values.corpus ?? 'seeds',
    port: port(values.port ?? env.PORT ?? '4000'),
    host: values.host ?? env.HOST ?? '127.0.0.1',
    graphiql: !values['no-graphiql'],
    cache: !values['no-cache'],
    maxFileBytes: maxFileMb === undefined ? undefined : Math.floor(maxFileMb * 1024 * 1024),
  };
}

function port(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliUsageError(`port must be a whole number from 0 to 65535, got "${text}"`);
  return n;
}

function positiveNumber(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new CliUsageError(`${flag} must be a positive number, got "${text}"`);
  return n;
}
