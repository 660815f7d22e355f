// A server restart on an unchanged corpus, in a fresh process: `node --expose-gc --import tsx
// bench/restart.ts CORPUS SNAPSHOT_DIR`. Reports, over IPC, how long loading took and the heap
// the loaded store holds.
import { createGateway, loadCorpus } from '../src/index.js';

const [dir = '', snapshotDir = ''] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
gc();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const { store, fromSnapshot } = await loadCorpus(dir, { snapshotDir });
const gateway = createGateway({ store, logging: false });
const response = await gateway.fetch('http://bench.local/graphql', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ corpus { articleCount } }' }),
});
if (response.status !== 200) throw new Error(`first request answered ${response.status}`);
const loadMs = performance.now() - started;
gc();
const memory = process.memoryUsage();
process.send?.(
  {
    fromSnapshot,
    loadMs,
    articles: store.articleList.length,
    heapBytes: memory.heapUsed,
    heapDeltaBytes: memory.heapUsed - heapBefore,
    rssBytes: memory.rss,
  },
  () => process.disconnect(),
);
