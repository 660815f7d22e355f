import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMIT_CODES } from '../limits.js';

/**
 * Answers EXECUTION_TIMEOUT when an operation (parse, validate, execute) has not produced its
 * result after `ms`. JavaScript cannot stop synchronous work, so this bounds waiting on slow
 * asynchronous work; the static limits (depth, cost, page size) bound the CPU a request can take.
 */
export function useExecutionTimeout(ms: number): Plugin {
  return {
    onParams({ paramsHandler, setParamsHandler }) {
      setParamsHandler((payload) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [new GraphQLError(`The operation took longer than ${ms} ms and was stopped.`, { extensions: { code: LIMIT_CODES.executionTimeoutMs } })],
              }),
            ms,
          );
          timer.unref();
        });
        return Promise.race([Promise.resolve(paramsHandler(payload)), timeout]).finally(() => clearTimeout(timer));
      });
    },
  };
}
