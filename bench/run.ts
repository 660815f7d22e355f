// `npm run bench`: the gateway beside its peers on the reference operations, all in one run,
// then the ingestion bench. Loopback only, bounded: about three minutes on two cores.
//
//   npm run bench -- [--seconds 4] [--connections 20] [--peers gateway,mercurius,apollo,yoga]
//                    [--skip-http] [--skip-ingest] [--cpu-prof]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { execute, parse, validate } from 'graphql';
import { createContext, createSchema } from '../src/index.js';
import { benchStore, BENCH_ARTICLES } from './benchStore.js';
import { checkSameJson, runCase, type CaseResult } from './http.js';
import { runIngestBench, type IngestResult } from './ingest.js';
import { referenceOperations, type Operation } from './operations.js';
import { PEERS, startPeer, type Peer } from './peers.js';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '20' },
    peers: { type: 'string', default: 'gateway,mercurius,apollo,yoga' },
    'skip-http': { type: 'boolean', default: false },
    'skip-ingest': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const seconds = Number(flags.seconds);
const warmup = Number(flags.warmup);
const connections = Number(flags.connections);
const peers = flags.peers.split(',').filter((p): p is Peer => (PEERS as readonly string[]).includes(p));
const LABELS: Record<Peer | 'execute', string> = {
  gateway: 'gateway (as shipped)',
  mercurius: 'mercurius + JIT',
  apollo: 'Apollo Server',
  yoga: 'plain yoga',
  execute: 'in-process execute',
};

interface Row {
  op: string;
  bytes: number;
  results: Partial<Record<Peer | 'execute', CaseResult>>;
}

async function httpBench(): Promise<Row[]> {
  const { store } = benchStore();
  const ops = referenceOperations(store);
  console.log(`HTTP: ${connections} connections, ${seconds} s per case after ${warmup} s warm-up; peers: ${peers.join(', ')}`);
  const running = [];
  for (const peer of peers) running.push(await startPeer(peer, flags['cpu-prof'] && peer === 'gateway' ? { cpuProfDir: 'bench/profiles' } : {}));
  const rows: Row[] = [];
  try {
    const urls = Object.fromEntries(running.map((r) => [r.peer, r.url]));
    for (const op of ops) {
      const bytes = await checkSameJson(op, urls);
      const row: Row = { op: op.name, bytes, results: { execute: await inProcess(op) } };
      // Peers take turns, so each has the second core to itself while it is measured.
      for (const r of running) {
        if (warmup > 0) await runCase(r.url, op, { connections, seconds: warmup });
        const result = await runCase(r.url, op, { connections, seconds });
        row.results[r.peer] = result;
        if (result.non2xx || result.errors || result.timeouts) {
          console.warn(`  ${r.peer} ${op.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
        }
        console.log(`  ${op.name.padEnd(13)} ${r.peer.padEnd(10)} ${fmt(result.requestsPerSecond)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms`);
      }
      rows.push(row);
    }
  } finally {
    await Promise.all(running.map((r) => r.stop()));
  }
  return rows;
}

/** graphql-js `execute` plus `JSON.stringify`, one request at a time, no HTTP: what the store and resolvers cost. */
async function inProcess(op: Operation): Promise<CaseResult> {
  const { store } = benchStore();
  const schema = createSchema(store);
  const document = parse(op.query);
  if (validate(schema, document).length) throw new Error(`${op.name} does not validate`);
  const run = async (i: number) => {
    const result = await execute({ schema, document, contextValue: createContext(store), variableValues: op.variables[i % op.variables.length] });
    return JSON.stringify(result).length;
  };
  for (let i = 0; i < 200; i++) await run(i);
  const times: number[] = [];
  const end = performance.now() + Math.min(seconds, 2) * 1000;
  for (let i = 0; performance.now() < end; i++) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return {
    requestsPerSecond: (times.length / total) * 1000,
    p50: round(times[Math.floor(times.length * 0.5)] ?? 0),
    p99: round(times[Math.floor(times.length * 0.99)] ?? 0),
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    requests: times.length,
  };
}

function httpTable(rows: Row[]): string {
  const columns: (Peer | 'execute')[] = [...peers, 'execute'];
  const peerRatios = peers.filter((p) => p !== 'gateway');
  const lines = [
    `| operation | response | ${columns.map((c) => `${LABELS[c]} req/s (p50 / p99 ms)`).join(' | ')} | ${peerRatios.map((p) => `gateway ÷ ${LABELS[p]}`).join(' | ')} |`,
    `| --- | ---: | ${columns.map(() => '---:').join(' | ')} | ${peerRatios.map(() => '---:').join(' | ')} |`,
  ];
  for (const row of rows) {
    const cells = columns.map((c) => {
      const r = row.results[c];
      return r ? `${fmt(r.requestsPerSecond)} (${r.p50} / ${r.p99})` : '–';
    });
    const gateway = row.results.gateway?.requestsPerSecond;
    const ratios = peerRatios.map((p) => {
      const other = row.results[p]?.requestsPerSecond;
      return gateway && other ? `**${(gateway / other).toFixed(2)}×**` : '–';
    });
    lines.push(`| ${row.op} | ${kb(row.bytes)} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
  }
  return lines.join('\n');
}

function ingestTable(r: IngestResult): string {
  return [
    '| measure | value |',
    '| --- | ---: |',
    `| corpus | ${r.articles} articles, ${r.words.toLocaleString('en')} words |`,
    `| loadCorpus, fresh (workers: ${r.workers}, no snapshot) | ${r.ingest.seconds.toFixed(1)} s: ${fmt(r.ingest.articlesPerSecond)} articles/s, ${fmt(r.ingest.wordsPerSecond)} words/s |`,
    `| compromise alone, same texts, one thread | ${r.compromise.seconds.toFixed(1)} s: ${fmt(r.compromise.articlesPerSecond)} articles/s, ${fmt(r.compromise.wordsPerSecond)} words/s |`,
    `| ingestion ÷ compromise (must stay ≥ 0.33) | **${(r.ingest.wordsPerSecond / r.compromise.wordsPerSecond).toFixed(2)}×** |`,
    `| restart from snapshot (new process, loadCorpus until the store is built) | ${r.restart.seconds.toFixed(2)} s (target < 2 s) |`,
    `| memory per article (heap after load ÷ articles) | ${(r.restart.heapBytesPerArticle / 1024).toFixed(1)} KiB (heap ${(r.restart.heapBytes / 2 ** 20).toFixed(0)} MiB, RSS ${(r.restart.rssBytes / 2 ** 20).toFixed(0)} MiB) |`,
    `| store after load | ${r.store} |`,
  ].join('\n');
}

function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1);
}
function kb(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}
function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

const startedAt = performance.now();
const sections: string[] = [
  '# Bench results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, loopback, ` +
    `${BENCH_ARTICLES} generated articles). Ratios compare peers measured one after another in this one run; ` +
    'absolute numbers on a shared machine are noise.',
];
if (!flags['skip-http']) {
  const rows = await httpBench();
  const table = httpTable(rows);
  console.log(`\n${table}\n`);
  sections.push(
    '',
    `## GraphQL over HTTP (${connections} connections, ${seconds} s per case, POST, keep-alive)`,
    '',
    table,
    '',
    'Every peer serves `createSchema(store)` with `createContext(store)` per request from the library entry; ' +
      'each answer was checked to be the same JSON on every peer before timing. In-process execute is graphql-js ' +
      '`execute` + `JSON.stringify`, one request at a time, without HTTP.',
  );
}
if (!flags['skip-ingest']) {
  const result = await runIngestBench();
  const table = ingestTable(result);
  console.log(`\n${table}\n`);
  sections.push('', '## Ingestion', '', table);
}
await writeFile(new URL('./RESULTS.md', import.meta.url), `${sections.join('\n')}\n`);
console.log(`Wrote bench/RESULTS.md in ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
