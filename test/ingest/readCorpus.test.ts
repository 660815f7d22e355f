import { mkdtemp, mkdir, rm, symlink, truncate, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusError, readCorpus } from '../../src/ingest/readCorpus.js';

const ARTICLE = 'Harbour council approves new ferry line\n\nThe Harbour Council voted on Monday to open a ferry line.\n';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readCorpus: files that cannot be articles are skipped with a warning naming them', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), 'empty file'],
    ['blank.txt', Buffer.from('  \n\n \t\n'), 'empty file (only white space)'],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a]), 'binary file (contains NUL bytes)'],
    ['latin1.txt', Buffer.from('Caf\xe9 owners protest\n\nPrices rose.', 'latin1'), 'not valid UTF-8 text'],
    ['controls.txt', Buffer.from('ab\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12'), 'binary file (control characters)'],
  ])('%s', async (name, bytes, reason) => {
    await writeFile(join(dir, 'good.txt'), ARTICLE);
    await writeFile(join(dir, name), bytes);
    const { texts, warnings } = await readCorpus(dir);
    expect(warnings).toEqual([{ file: name, reason }]);
    expect(texts.map((t) => t.slug)).toEqual(['good']);
  });

  it('skips a file over the size limit without reading it (a sparse 50 MB file)', async () => {
    await writeFile(join(dir, 'good.txt'), ARTICLE);
    await writeFile(join(dir, 'huge.txt'), '');
    await truncate(join(dir, 'huge.txt'), 50 * 1024 * 1024);
    const { texts, warnings } = await readCorpus(dir);
    expect(warnings).toEqual([{ file: 'huge.txt', reason: `too large: ${50 * 1024 * 1024} bytes (limit ${5 * 1024 * 1024})` }]);
    expect(texts).toHaveLength(1);
  });

  it('loads two files with the same content as one article', async () => {
    await writeFile(join(dir, 'a.txt'), ARTICLE);
    await writeFile(join(dir, 'b.txt'), ARTICLE);
    const { texts, warnings } = await readCorpus(dir);
    expect(texts.map((t) => t.slug)).toEqual(['a']);
    expect(warnings).toEqual([{ file: 'b.txt', reason: 'same content as a.txt; loaded once' }]);
  });

  it('reports a dangling symlink as unreadable', async () => {
    await writeFile(join(dir, 'good.txt'), ARTICLE);
    await symlink(join(dir, 'missing.txt'), join(dir, 'gone.txt'));
    const { texts, warnings } = await readCorpus(dir);
    expect(warnings).toEqual([{ file: 'gone.txt', reason: 'cannot be read: does not exist' }]);
    expect(texts).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission', async () => {
    await writeFile(join(dir, 'good.txt'), ARTICLE);
    await writeFile(join(dir, 'secret.txt'), ARTICLE.replace('ferry', 'bus'));
    await chmod(join(dir, 'secret.txt'), 0o000);
    const { warnings } = await readCorpus(dir);
    expect(warnings).toEqual([{ file: 'secret.txt', reason: 'cannot be read: permission denied' }]);
  });

  it('survives a symlink loop and reads each folder once', async () => {
    await mkdir(join(dir, 'desk'));
    await writeFile(join(dir, 'desk', 'story.txt'), ARTICLE);
    await symlink(dir, join(dir, 'desk', 'loop'));
    const { texts, warnings } = await readCorpus(dir);
    expect(texts.map((t) => t.slug)).toEqual(['desk/story']);
    expect(warnings).toEqual([{ file: 'desk/loop', reason: 'folder already read (symlink loop); skipped' }]);
  });
});

describe('readCorpus: the folder itself', () => {
  it('fails with a clear error when the folder does not exist', async () => {
    await expect(readCorpus(join(dir, 'nope'))).rejects.toThrow(new CorpusError(`corpus folder ${join(dir, 'nope')} cannot be read: does not exist`));
  });

  it('fails when the corpus is a file, not a folder', async () => {
    await writeFile(join(dir, 'one.txt'), ARTICLE);
    await expect(readCorpus(join(dir, 'one.txt'))).rejects.toThrow(CorpusError);
  });

  it('reads only .txt files, in name order, with sub-folders as slug prefixes', async () => {
    await mkdir(join(dir, 'world'));
    await writeFile(join(dir, 'b.txt'), ARTICLE + 'b');
    await writeFile(join(dir, 'a.txt'), ARTICLE + 'a');
    await writeFile(join(dir, 'notes.md'), '# not an article');
    await writeFile(join(dir, 'world', 'c.txt'), ARTICLE + 'c');
    const { texts, warnings } = await readCorpus(dir);
    expect(texts.map((t) => [t.slug, t.file])).toEqual([
      ['a', 'a.txt'],
      ['b', 'b.txt'],
      ['world/c', join('world', 'c.txt')],
    ]);
    expect(warnings).toEqual([]);
  });

  it('normalizes Windows line ends and drops a byte-order mark', async () => {
    await writeFile(join(dir, 'crlf.txt'), '\uFEFFHeadline\r\n\r\nFirst paragraph.\r\n');
    const { texts } = await readCorpus(dir);
    expect(texts[0]?.text).toBe('Headline\n\nFirst paragraph.\n');
  });
});
