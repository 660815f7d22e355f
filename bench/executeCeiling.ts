// The in-process ceiling, in its own process with NODE_ENV=production like the servers:
// graphql-js `execute` + `JSON.stringify` per operation, one request at a time, no HTTP.
// `node --import tsx bench/executeCeiling.ts SECONDS`; reports results over IPC.
import { execute, parse, validate } from 'graphql';
import { createContext, createSchema } from '../src/index.js';
import { benchStore } from './benchStore.js';
import type { CaseResult } from './http.js';
import { referenceOperations } from './operations.js';

const seconds = Number(process.argv[2] ?? 2);
const { store } = benchStore();
const schema = createSchema(store);
const results: Record<string, CaseResult> = {};
for (const op of referenceOperations(store)) {
  const document = parse(op.query);
  if (validate(schema, document).length) throw new Error(`${op.name} does not validate`);
  const run = async (i: number) => {
    const result = await execute({ schema, document, contextValue: createContext(store), variableValues: op.variables[i % op.variables.length] });
    return JSON.stringify(result).length;
  };
  for (let i = 0; i < 100; i++) await run(i);
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  const at = (q: number) => Math.round((times[Math.floor(times.length * q)] ?? 0) * 100) / 100;
  results[op.name] = { requestsPerSecond: (times.length / total) * 1000, p50: at(0.5), p99: at(0.99), non2xx: 0, errors: 0, timeouts: 0, requests: times.length };
}
process.send?.(results, () => process.disconnect());
