// Fuzzing the gateway through `gateway.fetch`: thousands of queries generated from the schema
// with random arguments, and as many broken ones (truncated, garbage, wrong types, huge numbers,
// deep nesting, bad JSON). Every answer must be a well-formed GraphQL response, never a 5xx.
// Valid answers without errors are also compared with graphql-js `execute` on the plain schema,
// so compiled execution and the response cache cannot drift from the reference executor.
// The RNG is seeded: FUZZ_SEED=n reproduces a failure.
import {
  getNamedType,
  graphql,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../bench/rng.js';
import { generateCorpus } from '../../bench/generateCorpus.js';
import { createContext } from '../../src/graphql/createContext.js';
import { createGateway } from '../../src/graphql/createGateway.js';
import { createSchema } from '../../src/graphql/createSchema.js';
import { toGlobalId } from '../../src/graphql/globalId.js';
import { buildStore } from '../../src/store/buildStore.js';

const SEED = Number(process.env.FUZZ_SEED ?? 7);
const VALID = 1200;
const INVALID = 1000;

const store = buildStore(generateCorpus({ articles: 40, seed: 11 }).store);
const schema = createSchema(store);
const gateway = createGateway({ store, logging: false });

/** Values drawn for arguments: mostly plausible, some at or past the edges. */
function sample(rng: Rng) {
  const slugs = store.articleList.map((a) => a.slug);
  const entityIds = [...store.entities.keys()].map((id) => toGlobalId('Entity', id));
  const articleIds = slugs.map((s) => toGlobalId('Article', s));
  const quoteIds = [...store.quotes.keys()].slice(0, 20).map((id) => toGlobalId('Quote', id));
  const cursor = (n: number) => Buffer.from(`offset:${n}`, 'utf8').toString('base64');
  return {
    int: () => (rng.chance(0.9) ? rng.pick([0, 1, 2, 3, 5, 10, 20, 50, 100, rng.int(0, 100)]) : rng.pick([-1, 101, 2147483647])),
    string: (argName: string) =>
      argName === 'after' || argName === 'before'
        ? rng.chance(0.9) ? cursor(rng.int(0, 60)) : rng.pick(['garbage', ''])
        : argName === 'slug'
          ? rng.chance(0.9) ? rng.pick(slugs) : rng.pick(['nope', '', '../etc/passwd'])
          : rng.pick(['minister', 'trade', 'a', 'ß∂ƒ', '', 'Talks', '   ', 'the']),
    id: (argName: string) =>
      rng.chance(0.1)
        ? rng.pick(['bm9wZQ==', 'not-an-id', '', 'RW50aXR5Om5vcGU=', rng.pick(articleIds)])
        : rng.pick(argName === 'article' ? articleIds : argName === 'ids' ? [...entityIds, ...articleIds, ...quoteIds] : entityIds),
  };
}

/** A random selection set on `type`, at most `depth` levels deep. */
function selection(rng: Rng, type: GraphQLNamedType, depth: number, values: ReturnType<typeof sample>): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    const picks = possible.filter(() => rng.chance(0.6));
    return `{ __typename ${picks.map((t) => `... on ${t.name} ${selection(rng, t, depth, values)}`).join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields());
  const scalars = fields.filter((f) => isLeaf(f.type as GraphQLInputType));
  const objects = fields.filter((f) => !isLeaf(f.type as GraphQLInputType));
  const chosen = new Set<GraphQLField<unknown, unknown>>([rng.pick(scalars.length ? scalars : fields)]);
  const extra = rng.int(0, 3);
  for (let i = 0; i < extra; i++) chosen.add(rng.pick(fields));
  if (depth > 1 && objects.length && rng.chance(0.7)) chosen.add(rng.pick(objects));
  const parts: string[] = [];
  for (const field of chosen) {
    const named = getNamedType(field.type);
    const isObject = !isScalarType(named) && !isEnumType(named);
    if (isObject && depth <= 1) {
      if (!scalars.length) parts.push('__typename');
      continue;
    }
    parts.push(`${field.name}${args(rng, field.args, values)}${isObject ? ` ${selection(rng, named, depth - 1, values)}` : ''}`);
  }
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

function isLeaf(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) || isEnumType(named);
}

function args(rng: Rng, list: readonly GraphQLArgument[], values: ReturnType<typeof sample>): string {
  const given = list.filter((a) => isNonNullType(a.type) || rng.chance(0.4)).map((a) => `${a.name}: ${literal(rng, a.type, a.name, values)}`);
  return given.length ? `(${given.join(', ')})` : '';
}

function literal(rng: Rng, type: GraphQLInputType, name: string, values: ReturnType<typeof sample>): string {
  if (isNonNullType(type)) return literal(rng, type.ofType, name, values);
  if (isListType(type)) return `[${Array.from({ length: rng.int(0, 3) }, () => literal(rng, type.ofType, name, values)).join(', ')}]`;
  if (isEnumType(type)) return rng.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(() => rng.chance(0.5));
    return `{ ${fields.map((f) => `${f.name}: ${literal(rng, f.type, f.name, values)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return String(values.int());
    if (type.name === 'ID') return JSON.stringify(values.id(name));
    if (type.name === 'Boolean') return String(rng.chance(0.5));
    return JSON.stringify(values.string(name));
  }
  return 'null';
}

/** Ways a client breaks a request; each takes a valid query and returns a request body. */
const MUTATIONS: ((rng: Rng, query: string) => string)[] = [
  (rng, q) => JSON.stringify({ query: q.slice(0, rng.int(0, q.length - 1)) }),
  (rng, q) => {
    const at = rng.int(0, q.length);
    return JSON.stringify({ query: q.slice(0, at) + rng.pick(['}}}', '{', '(', ')', '$', '@', '...', '"', '#', ':', '!', '\u0000', '💥', 'query']) + q.slice(at) });
  },
  (rng, q) => JSON.stringify({ query: q.replace(/first: \d+/, `first: ${rng.pick(['"ten"', '1e400', '99999999999999999999', '-99999999999', '1.5', 'null', 'true', '[1]'])}`) }),
  (rng, q) => JSON.stringify({ query: q.replace(/slug: "[^"]*"/, `slug: ${rng.pick(['42', 'null', '{ a: 1 }', 'FOO'])}`) }),
  (rng) => JSON.stringify({ query: `${'{ articles { edges { node { entities { entity { articles '.repeat(rng.int(3, 40))}` }),
  (rng) => JSON.stringify({ query: `{ ${'articles { edges { node { entities { entity { '.repeat(rng.int(3, 12))}name${' } } } } }'.repeat(rng.int(3, 12))} }` }),
  (rng) => JSON.stringify({ query: `${'['.repeat(rng.int(100, 5000))}` }),
  (rng) => JSON.stringify({ query: `{ ${Array.from({ length: rng.int(10, 80) }, (_, i) => `a${i}: corpus { articleCount }`).join(' ')} }` }),
  (_rng, q) => JSON.stringify({ query: q.replace(/\{ /, '{ nonexistentField ') }),
  (rng, q) => JSON.stringify({ query: q, variables: rng.pick(['not an object', [1, 2], 42, null, { first: 'ten' }]) }),
  (rng) => JSON.stringify({ query: 'query($n: Int!) { articles(first: $n) { totalCount } }', variables: { n: rng.pick(['ten', 2 ** 40, -5, null, 1.5, [3]]) } }),
  (rng, q) => JSON.stringify({ query: q, operationName: rng.pick(['Nope', 42, '']) }),
  (rng) => rng.pick(['', '{', 'null', '[]', '"query"', '{"query": 42}', '{"query": null}', '{"querx": "{ corpus { articleCount } }"}', '\u0000\u0001']),
  (rng) => JSON.stringify({ query: Array.from({ length: rng.int(1, 200) }, () => String.fromCharCode(rng.int(0, 0x2fff))).join('') }),
  (_rng, q) => JSON.stringify({ query: `${q} ${q}` }),
  (_rng, q) => JSON.stringify({ query: `fragment F on Query { ...F } ${q}` }),
];

interface Outcome {
  status: number;
  body: { data?: unknown; errors?: { message?: unknown }[] };
}

async function post(body: string, viaGet: boolean): Promise<Outcome> {
  let response: Response;
  if (viaGet) {
    let query = '';
    try {
      query = (JSON.parse(body) as { query?: string }).query ?? '';
    } catch {
      query = body;
    }
    response = await gateway.fetch(`http://fuzz.test/graphql?query=${encodeURIComponent(String(query))}`, { headers: { accept: 'application/json' } });
  } else {
    response = await gateway.fetch('http://fuzz.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body,
    });
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`answer ${response.status} is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, body: parsed as Outcome['body'] };
}

/** The checks every answer must pass, whatever was sent. */
function expectWellFormed(outcome: Outcome, sent: string): void {
  const where = `for ${sent.slice(0, 300)}`;
  expect(outcome.status, where).toBeLessThan(500);
  const { body } = outcome;
  expect(typeof body === 'object' && body !== null && !Array.isArray(body), where).toBe(true);
  expect('data' in body || 'errors' in body, where).toBe(true);
  if ('errors' in body) {
    expect(Array.isArray(body.errors) && body.errors.length > 0, where).toBe(true);
    for (const e of body.errors ?? []) expect(typeof e.message, where).toBe('string');
    // Masked or not, nothing of the server's insides reaches the client.
    expect(JSON.stringify(body.errors), where).not.toMatch(/\n\s+at |node_modules|\/src\//);
  }
  if ('data' in body) expect(body.data === null || typeof body.data === 'object', where).toBe(true);
}

describe(`fuzzing the gateway (seed ${SEED})`, () => {
  it(`answers ${VALID} queries generated from the schema with well-formed responses equal to graphql-js's`, async () => {
    const rng = createRng(SEED);
    const values = sample(rng);
    const query = schema.getQueryType();
    if (!query) throw new Error('no Query type');
    let compared = 0;
    for (let i = 0; i < VALID; i++) {
      const source = selection(rng, query, rng.int(2, 7), values);
      const outcome = await post(JSON.stringify({ query: source }), rng.chance(0.1));
      expectWellFormed(outcome, source);
      if (!outcome.body.errors) {
        const reference = await graphql({ schema, source, contextValue: createContext(store) });
        expect(outcome.body.data, source).toEqual(JSON.parse(JSON.stringify(reference.data)));
        compared++;
      }
    }
    // Most generated queries are valid and within limits: the comparison is not vacuous.
    expect(compared).toBeGreaterThan(VALID / 3);
  });

  it(`answers ${INVALID} broken requests with well-formed errors, never a 5xx`, async () => {
    const rng = createRng(SEED + 1);
    const values = sample(rng);
    const query = schema.getQueryType();
    if (!query) throw new Error('no Query type');
    for (let i = 0; i < INVALID; i++) {
      const valid = selection(rng, query, rng.int(2, 5), values);
      const body = rng.pick(MUTATIONS)(rng, valid);
      expectWellFormed(await post(body, rng.chance(0.1)), body);
    }
  });
});
