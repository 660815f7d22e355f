import { createHash } from 'node:crypto';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { IngestWarning } from '../store/records.js';
import type { SourceText } from './types.js';

export interface ReadCorpusOptions {
  /** Files larger than this are skipped with a warning (bytes). */
  maxFileBytes?: number;
}

export interface CorpusFiles {
  texts: SourceText[];
  warnings: IngestWarning[];
}

/** Thrown when the corpus folder itself cannot be used: nothing to load at all. */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

// A text file has almost no control characters; allow tab, newlines, form feed.
const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every `*.txt` below `dir` (sub-folders included). A file that cannot be an article
 * (unreadable, empty, binary, not UTF-8, too large, same content as another) is skipped with a
 * warning naming it; the rest still load.
 */
export async function readCorpus(dir: string, options: ReadCorpusOptions = {}): Promise<CorpusFiles> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const root = await corpusRoot(dir);
  const warnings: IngestWarning[] = [];
  const texts: SourceText[] = [];
  const seenHashes = new Map<string, string>();
  const seenSlugs = new Set<string>();

  for (const path of await listTextFiles(root, warnings)) {
    const file = relative(root, path);
    const result = await readText(path, maxBytes);
    if ('reason' in result) {
      warnings.push({ file, reason: result.reason });
      continue;
    }
    const { text, contentHash } = result;
    const duplicateOf = seenHashes.get(contentHash);
    if (duplicateOf !== undefined) {
      warnings.push({ file, reason: `same content as ${duplicateOf}; loaded once` });
      continue;
    }
    const slug = slugFor(file);
    if (seenSlugs.has(slug)) {
      warnings.push({ file, reason: `another file already has the slug "${slug}"` });
      continue;
    }
    seenHashes.set(contentHash, file);
    seenSlugs.add(slug);
    texts.push({ slug, file, text, contentHash });
  }
  return { texts, warnings };
}

async function corpusRoot(dir: string): Promise<string> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new CorpusError(`corpus ${dir} is not a folder`);
    return await realpath(dir);
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new CorpusError(`corpus folder ${dir} cannot be read: ${describe(error)}`);
  }
}

/** Walks the tree in sorted order; follows symlinks but never the same folder twice (loops). */
async function listTextFiles(root: string, warnings: IngestWarning[]): Promise<string[]> {
  const files: string[] = [];
  const visited = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    const real = await realpath(folder);
    if (visited.has(real)) {
      warnings.push({ file: relative(root, folder), reason: 'folder already read (symlink loop); skipped' });
      return;
    }
    visited.add(real);
    let names: string[];
    try {
      names = (await readdir(folder)).sort();
    } catch (error) {
      warnings.push({ file: relative(root, folder), reason: `folder cannot be read: ${describe(error)}` });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      let info;
      try {
        info = (await lstat(path)).isSymbolicLink() ? await stat(path) : await lstat(path);
      } catch (error) {
        warnings.push({ file: relative(root, path), reason: `cannot be read: ${describe(error)}` });
        continue;
      }
      if (info.isDirectory()) await walk(path);
      else if (info.isFile() && extname(name).toLowerCase() === '.txt') files.push(path);
    }
  };
  await walk(root);
  return files;
}

async function readText(path: string, maxBytes: number): Promise<{ text: string; contentHash: string } | { reason: string }> {
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      // Check the size before reading so a huge file never lands in memory.
      if (size > maxBytes) return { reason: `too large: ${size} bytes (limit ${maxBytes})` };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { reason: `cannot be read: ${describe(error)}` };
  }
  if (bytes.length === 0) return { reason: 'empty file' };
  if (bytes.includes(0)) return { reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8 text' };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { reason: 'empty file (only white space)' };
  const controls = text.match(CONTROL_CHARS)?.length ?? 0;
  if (controls > Math.max(8, text.length * 0.01)) return { reason: 'binary file (control characters)' };
  return { text, contentHash: createHash('sha256').update(bytes).digest('hex') };
}

function slugFor(file: string): string {
  const stem = file.slice(0, -extname(file).length);
  return stem.split(sep).join('/') || basename(file);
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'ELOOP') return 'symlink loop';
  return error instanceof Error ? error.message : String(error);
}
