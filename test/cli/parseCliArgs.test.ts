import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../src/cli/parseCliArgs.js';

describe('parseCliArgs', () => {
  it('serves the seeds on localhost:4000 with GraphiQL by default', () => {
    expect(parseCliArgs([], {})).toEqual({ corpus: 'seeds', port: 4000, host: '127.0.0.1', graphiql: true, cache: true, maxFileBytes: undefined });
  });

  it('takes the port and host from the environment', () => {
    expect(parseCliArgs([], { PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({ port: 8080, host: '0.0.0.0' });
  });

  it('lets flags win over the environment', () => {
    expect(parseCliArgs(['--corpus', 'news', '--port', '5000', '--host', '::1', '--no-graphiql', '--no-cache', '--max-file-mb', '2'], { PORT: '8080' })).toEqual({
      corpus: 'news',
      port: 5000,
      host: '::1',
      graphiql: false,
      cache: false,
      maxFileBytes: 2 * 1024 * 1024,
    });
  });

  it.each([
    [['--port', 'eighty'], /port must be a whole number/],
    [['--port', '70000'], /port must be a whole number/],
    [['--max-file-mb', '0'], /--max-file-mb must be a positive number/],
    [['--corpus'], /--corpus/],
    [['--colour'], /Unknown option '--colour'/],
    [['stray'], /positional/],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv, {})).toThrow(CliUsageError);
    expect(() => parseCliArgs(argv, {})).toThrow(message);
  });

  it('asks for help with --help or -h', () => {
    expect(parseCliArgs(['--help'], {})).toBe('help');
    expect(parseCliArgs(['-h'], {})).toBe('help');
  });
});
