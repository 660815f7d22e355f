import { useGraphQlJit } from '@envelop/graphql-jit';
import { normalizedExecutor } from '@graphql-tools/executor';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Executes each document through graphql-jit: compiled once per parsed document (yoga's parse
 * cache hands back the same document object for the same text), then run as straight-line
 * code with a compiled JSON serializer.
 *
 * graphql-jit's errors lack `locations` and differ in small ways from graphql-js's, so an answer
 * with errors is computed again by yoga's own executor: the store is read-only, so the second
 * run sees the same data, and clients get exactly the errors (and HTTP statuses, such as 400 for
 * a variable of the wrong type) they would get without compilation. Errors are the rare path.
 */
export function useCompiledQueries(): Plugin {
  const jit = useGraphQlJit({}, { onError: () => undefined }) as Plugin;
  const errorsFromGraphQLJs: Plugin = {
    onExecute({ executeFn, setExecuteFn }) {
      const compiled = executeFn as (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;
      setExecuteFn(async (args: ExecutionArgs) => {
        const result = await compiled(args);
        return result.errors?.length ? (normalizedExecutor(args) as Promise<ExecutionResult> | ExecutionResult) : result;
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
