// `npm run bench`: the gateway beside its peers on the reference operations, all in one run,
// then the ingestion bench. Loopback only, bounded: about three minutes on two cores.
//
//   npm run bench -- [--seconds 4] [--connections 20] [--peers gateway,mercurius,apollo,yoga]
//                    [--ops tiny,'article page',…] [--skip-http] [--skip-ingest] [--cpu-prof]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fork } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchStore, BENCH_ARTICLES } from './benchStore.js';
import { checkSameJson, runCase, type CaseResult } from './http.js';
import { runIngestBench, type IngestResult } from './ingest.js';
import { referenceOperations } from './operations.js';
import { PEERS, startPeer, type Peer } from './peers.js';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '20' },
    peers: { type: 'string', default: 'gateway,mercurius,apollo,yoga' },
    ops: { type: 'string' },
    'skip-http': { type: 'boolean', default: false },
    'skip-ingest': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
  },
});
const seconds = Number(flags.seconds);
const warmup = Number(flags.warmup);
const connections = Number(flags.connections);
const peers = flags.peers.split(',').filter((p): p is Peer => (PEERS as readonly string[]).includes(p));
/** Where --cpu-prof puts the gateway's profile (open it in Chrome DevTools' Performance tab). */
const PROFILE_DIR = join(tmpdir(), 'news-bench-profiles');
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
  const only = flags.ops?.split(',');
  const ops = referenceOperations(store).filter((op) => !only || only.includes(op.name));
  console.log(`HTTP: ${connections} connections, ${seconds} s per case after ${warmup} s warm-up; peers: ${peers.join(', ')}`);
  const running = [];
  for (const peer of peers) running.push(await startPeer(peer, flags['cpu-prof'] && peer === 'gateway' ? { cpuProfDir: PROFILE_DIR } : {}));
  const rows: Row[] = [];
  const ceiling = await inProcess();
  try {
    const urls = Object.fromEntries(running.map((r) => [r.peer, r.url]));
    for (const op of ops) {
      const bytes = await checkSameJson(op, urls);
      const row: Row = { op: op.name, bytes, results: { execute: ceiling[op.name] } };
      // Peers take turns, so each has the second core to itself while it is measured.
      for (const r of running) {
        if (warmup > 0) await runCase(r.url, op, { connections, seconds: warmup });
        const cpuBefore = await r.cpuMicros();
        const result = await runCase(r.url, op, { connections, seconds });
        result.cpuMicrosPerRequest = ((await r.cpuMicros()) - cpuBefore) / Math.max(1, result.requests);
        row.results[r.peer] = result;
        if (result.non2xx || result.errors || result.timeouts) {
          console.warn(`  ${r.peer} ${op.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
        }
        console.log(`  ${op.name.padEnd(13)} ${r.peer.padEnd(10)} ${fmt(result.requestsPerSecond)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  server CPU ${fmt(result.cpuMicrosPerRequest)} µs/req`);
      }
      rows.push(row);
    }
  } finally {
    await Promise.all(running.map((r) => r.stop()));
  }
  return rows;
}

/** The in-process ceiling for every operation, measured in a child process (see executeCeiling.ts). */
function inProcess(): Promise<Record<string, CaseResult>> {
  const child = fork(fileURLToPath(new URL('./executeCeiling.ts', import.meta.url)), [String(Math.min(seconds, 2))], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (results: Record<string, CaseResult>) => resolve(results));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`executeCeiling exited with ${code}`))));
  });
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

/** Server CPU per request: the cost each server pays, unaffected by a saturated load generator. */
function cpuTable(rows: Row[]): string {
  const peerRatios = peers.filter((p) => p !== 'gateway');
  const lines = [
    `| operation | ${peers.map((p) => `${LABELS[p]} µs/req`).join(' | ')} | ${peerRatios.map((p) => `${LABELS[p]} ÷ gateway`).join(' | ')} |`,
    `| --- | ${peers.map(() => '---:').join(' | ')} | ${peerRatios.map(() => '---:').join(' | ')} |`,
  ];
  for (const row of rows) {
    const cpu = (p: Peer) => row.results[p]?.cpuMicrosPerRequest;
    const gateway = cpu('gateway');
    lines.push(
      `| ${row.op} | ${peers.map((p) => (cpu(p) === undefined ? '–' : fmt(cpu(p) as number))).join(' | ')} | ` +
        `${peerRatios.map((p) => (gateway && cpu(p) ? `**${((cpu(p) as number) / gateway).toFixed(2)}×**` : '–')).join(' | ')} |`,
    );
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
  const cpu = cpuTable(rows);
  console.log(`\n${table}\n\n${cpu}\n`);
  sections.push(
    '',
    `## GraphQL over HTTP (${connections} connections, ${seconds} s per case, POST, keep-alive)`,
    '',
    table,
    '',
    'Every peer serves `createSchema(store)` with `createContext(store)` per request from the library entry; ' +
      'each answer was checked to be the same JSON on every peer before timing. In-process execute is graphql-js ' +
      '`execute` + `JSON.stringify`, one request at a time, without HTTP.',
    '',
    '### Server CPU per request (same runs)',
    '',
    'CPU time (user + system) each server process used during its run, divided by the requests it answered. ' +
      'On two shared cores the load generator can saturate before a fast server does; this column is what ' +
      'each server itself pays per request, so its ratios are the steadier ones (higher ÷ means the gateway is cheaper).',
    '',
    cpu,
  );
}
if (!flags['skip-ingest']) {
  // Extraction is work in progress in other hands: a failing pipeline is reported, not fatal.
  try {
    const result = await runIngestBench();
    const table = ingestTable(result);
    console.log(`\n${table}\n`);
    sections.push('', '## Ingestion', '', table);
  } catch (error) {
    console.error(`ingestion bench failed: ${(error as Error).message}`);
    sections.push('', '## Ingestion', '', `Not measured in this run: loadCorpus failed (${(error as Error).message.split('\n')[0]}).`);
  }
}
await writeFile(new URL('./RESULTS.md', import.meta.url), `${sections.join('\n')}\n`);
console.log(`Wrote bench/RESULTS.md in ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
