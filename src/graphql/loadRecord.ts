import type DataLoader from 'dataloader';
import { invariant } from './invariant.js';

/**
 * Loads a record another record points at. The store only holds ids of records it holds, so a
 * miss is a bug (masked), never a client error.
 */
export async function loadRecord<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const record = await loader.load(id);
  invariant(record != null, `${what} "${id}" is referenced but not in the store`);
  return record;
}

/** `loadRecord` for many ids, in order. */
export async function loadRecords<T>(loader: DataLoader<string, T | null>, ids: readonly string[], what: string): Promise<T[]> {
  return Promise.all(ids.map((id) => loadRecord(loader, id, what)));
}
