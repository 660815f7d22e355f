import { mkdir, writeFile } from 'node:fs/promises';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSeedsOnLoopback, type ServedGateway } from './serveOnLoopback.js';

// The GraphQL-over-HTTP audit suite that ships with graphql-http, run against the gateway over a
// real socket. MUSTs are the spec's requirements; SHOULDs are recommendations we may knowingly
// miss, but only ones the README's "Using the API" section lists with the reason, keyed here by
// the audit's stable id. A new SHOULD failure (a plugin that changes status codes, say) fails the
// test until it is fixed or documented.
const DOCUMENTED_SHOULD_FAILURES: Record<string, string> = {};

let served: ServedGateway;
let results: AuditResult[];

beforeAll(async () => {
  served = await serveSeedsOnLoopback();
  results = [];
  // One at a time: the audits are independent, and a sequential run reads well in a debugger.
  for (const audit of serverAudits({ url: served.url })) results.push(await audit.fn());
  await mkdir('test-output', { recursive: true });
  await writeFile(
    'test-output/graphql-http-audit.json',
    JSON.stringify(results.map((r) => ({ id: r.id, name: r.name, status: r.status, reason: r.status === 'ok' ? undefined : r.reason })), null, 2),
  );
});

afterAll(() => served?.close());

const level = (r: AuditResult) => r.name.split(' ', 1)[0] as 'MUST' | 'SHOULD' | 'MAY';
const failed = (r: AuditResult) => r.status !== 'ok';
const describeFailure = (r: AuditResult) => `${r.id} ${r.name}${r.status === 'ok' ? '' : `: ${r.reason}`}`;

describe('graphql-http server audits against the served gateway', () => {
  it('ran the whole suite', () => {
    expect(results.length).toBeGreaterThanOrEqual(60);
    expect(results.filter((r) => level(r) === 'MUST').length).toBeGreaterThanOrEqual(10);
  });

  it('passes every MUST', () => {
    const failures = results.filter((r) => level(r) === 'MUST' && failed(r)).map(describeFailure);
    expect(failures, `MUST audits failing:\n${failures.join('\n')}`).toEqual([]);
  });

  it('fails no SHOULD beyond those the README documents', () => {
    const failures = results.filter((r) => level(r) === 'SHOULD' && failed(r));
    const undocumented = failures.filter((r) => !(r.id in DOCUMENTED_SHOULD_FAILURES)).map(describeFailure);
    expect(undocumented, `SHOULD audits failing without a documented reason:\n${undocumented.join('\n')}`).toEqual([]);
    // And a documented failure that now passes should leave the README too.
    const nowPassing = Object.keys(DOCUMENTED_SHOULD_FAILURES).filter((id) => !failures.some((r) => r.id === id));
    expect(nowPassing, 'documented SHOULD failures that pass now: drop them from the README and this list').toEqual([]);
  });
});
