// `npm run loadtest`: the gateway as shipped, 60 s at 50 connections over the reference operations
// mixed with invalid requests. Passes with zero 5xx, zero connection errors or timeouts, and a
// flat memory line (RSS and heap sampled every 5 s, after a GC, in the server process).
//
//   npm run loadtest -- [--seconds 60] [--connections 50]
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { benchStore } from './benchStore.js';
import { body } from './http.js';
import { INVALID_REQUESTS, referenceOperations } from './operations.js';
import { startPeer } from './peers.js';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
  },
});
const seconds = Number(flags.seconds);
const connections = Number(flags.connections);

const { store } = benchStore();
const valid = referenceOperations(store).flatMap((op) => op.variables.map((v) => ({ name: op.name, body: body(op.query, v) })));
// One invalid request for every three valid ones, spread through the cycle.
const requests: { method: 'POST'; body: string; headers: Record<string, string> }[] = [];
valid.forEach((v, i) => {
  requests.push({ method: 'POST', body: v.body, headers: { 'content-type': 'application/json' } });
  if (i % 3 === 2) {
    const bad = INVALID_REQUESTS[(i / 3) % INVALID_REQUESTS.length | 0];
    if (bad) requests.push({ method: 'POST', body: bad.body, headers: { 'content-type': bad.contentType ?? 'application/json' } });
  }
});

const server = await startPeer('gateway', { execArgv: ['--expose-gc'] });
const samples: { at: number; rss: number; heap: number }[] = [];
const sample = async (at: number) => {
  const memory = await server.memory();
  samples.push({ at, ...memory });
};
await sample(0);
const statuses = new Map<number, number>();
const started = performance.now();
const timer = setInterval(() => void sample(Math.round((performance.now() - started) / 1000)), 5000);
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    { url: server.url, connections, duration: seconds, requests },
    (error, r) => (error ? reject(error) : resolve(r)),
  );
  instance.on('response', (_client, statusCode) => statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1));
});
clearInterval(timer);
await sample(seconds);
await server.stop();

const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const first = samples[0];
const last = samples[samples.length - 1];
console.log(`\n${seconds} s at ${connections} connections: ${result.requests.total.toLocaleString('en')} requests (${Math.round(result.requests.average)} req/s), ` +
  `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
console.log(`status codes: ${[...statuses].sort(([a], [b]) => a - b).map(([s, c]) => `${s}×${c}`).join(', ')}`);
console.log(`5xx: ${fivexx}, connection errors: ${result.errors}, timeouts: ${result.timeouts}, resets: ${result.resets ?? 0}`);
console.log(`server memory (after GC): RSS ${mb(first?.rss ?? 0)} → ${mb(last?.rss ?? 0)}, heap ${mb(first?.heap ?? 0)} → ${mb(last?.heap ?? 0)}`);
console.log(`samples: ${samples.map((s) => `${s.at}s ${mb(s.rss)}/${mb(s.heap)}`).join(', ')}`);
const ok = fivexx === 0 && result.errors === 0 && result.timeouts === 0;
console.log(ok ? 'PASS: no 5xx, no dropped connections.' : 'FAIL');
process.exit(ok ? 0 : 1);
