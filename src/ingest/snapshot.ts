import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import nlp from 'compromise';
import type { StoreInput } from '../store/buildStore.js';
import type { SourceText } from './types.js';

/** What a snapshot holds: the flat records the store is built from. Indexes are rebuilt on load. */
export type StoreSnapshot = StoreInput;

const FORMAT = 'store-snapshot-v1';
const KEEP_SNAPSHOTS = 5;
/** The package's code folder (src/ under tsx, dist/ once built): all of it shapes the store. */
const CODE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_SNAPSHOT_DIR = fileURLToPath(new URL('../../node_modules/.cache/news-graph-gateway', import.meta.url));

let fingerprint: Promise<string> | undefined;

/**
 * The snapshot key: the corpus content and the code that turned it into records. Any edit to
 * an article, to the pipeline or to the NLP library gives a new key, so a stale store is never served.
 */
export async function snapshotKey(texts: readonly SourceText[], options: unknown): Promise<string> {
  const hash = createHash('sha256').update(FORMAT).update(await codeFingerprint()).update(JSON.stringify(options ?? null));
  for (const t of texts) hash.update(`${t.slug}\0${t.file}\0${t.contentHash}\n`);
  return hash.digest('hex').slice(0, 32);
}

export async function readSnapshot(dir: string, key: string): Promise<StoreSnapshot | null> {
  try {
    return deserialize(await readFile(join(dir, `${key}.bin`))) as StoreSnapshot;
  } catch {
    return null; // Missing or unreadable: the corpus is simply analyzed again.
  }
}

/** Writes atomically (temp file, then rename) and keeps only the newest few snapshots. */
export async function writeSnapshot(dir: string, key: string, snapshot: StoreSnapshot): Promise<void> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${key}.bin`);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, serialize(snapshot));
  await rename(temp, path);
  const files = await Promise.all(
    (await readdir(dir)).filter((f) => f.endsWith('.bin')).map(async (f) => ({ f, mtime: (await stat(join(dir, f))).mtimeMs })),
  );
  files.sort((a, b) => b.mtime - a.mtime);
  await Promise.all(files.slice(KEEP_SNAPSHOTS).map(({ f }) => unlink(join(dir, f)).catch(() => undefined)));
}

function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash('sha256');
    const walk = async (folder: string): Promise<void> => {
      for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (/\.(?:[cm]?[jt]s|json)$/.test(entry.name)) hash.update(path.slice(CODE_ROOT.length)).update(await readFile(path));
      }
    };
    await walk(CODE_ROOT);
    hash.update(nlp.version);
    return hash.digest('hex');
  })();
  return fingerprint;
}
