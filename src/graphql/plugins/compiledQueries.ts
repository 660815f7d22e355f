import { useGraphQlJit } from '@envelop/graphql-jit';
import { execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Executes each document through graphql-jit: compiled once per parsed document (yoga's parse
 * cache hands back the same document object for the same text), then run as straight-line
 * code with a compiled JSON serializer.
 *
 * graphql-jit's errors lack `locations` and differ in small ways from graphql-js's, so an answer
 * with errors is computed again by graphql-js: the store is read-only, so the second run sees
 * the same data, and clients get exactly graphql-js's errors. Errors are the rare path.
 */
export function useCompiledQueries(): Plugin {
  const jit = useGraphQlJit({}, { onError: () => undefined }) as Plugin;
  const errorsFromGraphQLJs: Plugin = {
    onExecute({ executeFn, setExecuteFn }) {
      const compiled = executeFn as (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;
      setExecuteFn(async (args: ExecutionArgs) => {
        const result = await compiled(args);
        return result.errors?.length ? execute(args) : result;
      });
    },
  };
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(jit);
      addPlugin(errorsFromGraphQLJs);
    },
  };
}
