import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/graphql/limits.js';
import { codes, gatewayWith, send } from './send.js';

/** Articles → entities → their articles → entities…: each hop is 5 levels deeper (depth 6 with no hop). */
function nested(hops: number, leaf = 'name'): string {
  let inner = `entity { ${leaf} }`;
  for (let i = 0; i < hops; i++) inner = `entity { name articles(first: 1) { edges { node { entities { ${inner} } } } } }`;
  return `{ articles(first: 1) { edges { node { entities { ${inner} } } } } }`;
}

describe('static query limits are on by default', () => {
  const gateway = gatewayWith();

  it('accept the deep queries a front end sends (the contract query is depth 6; this one 11)', async () => {
    const answer = await send(gateway, nested(1));
    expect(answer.body.errors).toBeUndefined();
  });

  it(`refuse a query deeper than ${DEFAULT_LIMITS.maxDepth} with MAX_DEPTH_EXCEEDED`, async () => {
    const answer = await send(gateway, nested(2));
    expect(codes(answer)).toEqual(['MAX_DEPTH_EXCEEDED']);
    expect(answer.body.errors?.[0]?.message).toMatch(`Query depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded`);
    expect(answer.body.data).toBeUndefined();
  });

  it(`refuse more than ${DEFAULT_LIMITS.maxAliases} aliases with MAX_ALIASES_EXCEEDED`, async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: corpus { articleCount }`).join(' ');
    const answer = await send(gateway, `{ ${fields} }`);
    expect(codes(answer)).toEqual(['MAX_ALIASES_EXCEEDED']);
    expect(answer.body.errors?.[0]?.message).toMatch(`Aliases limit of ${DEFAULT_LIMITS.maxAliases} exceeded`);
  });

  it(`refuse a document of more than ${DEFAULT_LIMITS.maxTokens} tokens with MAX_TOKENS_EXCEEDED before validating it`, async () => {
    const answer = await send(gateway, `{ corpus { ${'articleCount '.repeat(DEFAULT_LIMITS.maxTokens)} } }`);
    expect(codes(answer)).toEqual(['MAX_TOKENS_EXCEEDED']);
    expect(answer.body.errors?.[0]?.message).toMatch(`Token limit of ${DEFAULT_LIMITS.maxTokens} exceeded`);
  });

  it(`refuse a query costing more than ${DEFAULT_LIMITS.maxCost} with MAX_COST_EXCEEDED`, async () => {
    // armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`: 100 × 100 articles.
    const answer = await send(gateway, '{ articles(first: 100) { edges { node { entities { entity { articles(first: 100) { edges { node { title } } } } } } } } }');
    expect(codes(answer)).toEqual(['MAX_COST_EXCEEDED']);
    expect(answer.body.errors?.[0]?.message).toMatch(`Query Cost limit of ${DEFAULT_LIMITS.maxCost} exceeded`);
  });

  it('caps first and last at 100 with BAD_USER_INPUT naming the value', async () => {
    const answer = await send(gateway, '{ articles(first: 101) { totalCount } }');
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors?.[0]?.message).toContain('101');
  });
});

describe('limits are configurable through GatewayOptions.limits', () => {
  it('a lower depth limit refuses what the default allows', async () => {
    const answer = await send(gatewayWith({ limits: { maxDepth: 4 } }), nested(1));
    expect(codes(answer)).toEqual(['MAX_DEPTH_EXCEEDED']);
    expect(answer.body.errors?.[0]?.message).toMatch('Query depth limit of 4 exceeded');
  });

  it('a lower alias limit refuses two aliases', async () => {
    const answer = await send(gatewayWith({ limits: { maxAliases: 1 } }), '{ a: corpus { articleCount } b: corpus { entityCount } }');
    expect(codes(answer)).toEqual(['MAX_ALIASES_EXCEEDED']);
  });

  it('a lower token limit refuses a short query', async () => {
    const answer = await send(gatewayWith({ limits: { maxTokens: 5 } }), '{ corpus { articleCount entityCount } }');
    expect(codes(answer)).toEqual(['MAX_TOKENS_EXCEEDED']);
  });

  it('a lower cost limit refuses a small query', async () => {
    const answer = await send(gatewayWith({ limits: { maxCost: 3 } }), '{ corpus { articleCount entityCount } }');
    expect(codes(answer)).toEqual(['MAX_COST_EXCEEDED']);
  });
});
