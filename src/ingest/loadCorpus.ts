import { resolveCorpus } from '../resolve/resolveCorpus.js';
import type { Store } from '../store/Store.js';
import { buildStore } from '../store/buildStore.js';
import type { IngestWarning } from '../store/records.js';
import { analyzeCorpus, type AnalyzeOptions } from './analyzeCorpus.js';
import { readCorpus, type ReadCorpusOptions } from './readCorpus.js';
import { DEFAULT_SNAPSHOT_DIR, readSnapshot, snapshotKey, writeSnapshot, type StoreSnapshot } from './snapshot.js';

export interface LoadCorpusOptions extends ReadCorpusOptions, AnalyzeOptions {
  /** Folder for store snapshots keyed by corpus content and code; `false` turns them off. */
  snapshotDir?: string | false;
}

export interface LoadedCorpus {
  store: Store;
  warnings: IngestWarning[];
  /** Whether the store came from a snapshot instead of a fresh analysis. */
  fromSnapshot: boolean;
}

/**
 * The ingestion recipe: read the folder; then, unless a snapshot of this exact corpus and code
 * exists, per article parse → segment → extract and resolve entities across the corpus; then
 * build the store. Bad files become warnings, never a failed load.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const { texts, warnings: fileWarnings } = await readCorpus(dir, options);
  const snapshotDir = options.snapshotDir ?? DEFAULT_SNAPSHOT_DIR;
  const key = snapshotDir === false ? null : await snapshotKey(texts, { maxFileBytes: options.maxFileBytes });

  let snapshot = key && snapshotDir ? await readSnapshot(snapshotDir, key) : null;
  const fromSnapshot = snapshot !== null;
  if (!snapshot) {
    snapshot = await analyze(texts, options);
    // A cache that cannot be written (read-only disk) only costs the next start its speed-up.
    if (key && snapshotDir) await writeSnapshot(snapshotDir, key, snapshot).catch(() => undefined);
  }
  const warnings = [...fileWarnings, ...snapshot.warnings];
  return { store: buildStore({ ...snapshot, warnings }), warnings, fromSnapshot };
}

async function analyze(texts: Parameters<typeof analyzeCorpus>[0], options: AnalyzeOptions): Promise<StoreSnapshot> {
  const analyzed = await analyzeCorpus(texts, options);
  const warnings = analyzed.flatMap(({ article }) => article.warnings.map((reason) => ({ file: article.file, reason })));
  return { ...resolveCorpus(analyzed), warnings };
}
