// Requests a hostile client would send, generated from the supergraph's own API (every mutation,
// every query, their arguments' types) and a seeded generator: the same seed gives the same
// requests. Five families: mutations with hostile arguments (as variables or inline literals),
// queries with hostile arguments, shapes meant to exhaust the gateway (depth, aliases, tokens,
// directives, fragments), HTTP and GraphQL protocol abuse, and forged credentials.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { REPOSITORY_ROOT } from '../harness/own-infrastructure';
import type { Prng } from '../harness/prng';
import { BAD_DATES, BAD_DATETIMES, BAD_INTS, hostileString, hugeString } from './hostile-values';

export type Family = 'mutation' | 'query' | 'exhaustion' | 'protocol' | 'credentials';

export interface FuzzRequest {
  family: Family;
  /** What it aims at: a root field, or the name of the attack. */
  target: string;
  method: 'POST' | 'GET' | 'PUT' | 'DELETE';
  /** Path and query string on the gateway. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The string values sent, cut out of error messages before they are searched for leaks. */
  sent: string[];
}

export interface Callers {
  /** Authorization or X-Api-Key headers of real callers: staff tokens, partner keys, none. */
  valid: Array<{ name: string; headers: Record<string, string> }>;
}

const isInaccessible = (node: { astNode?: { directives?: ReadonlyArray<{ name: { value: string } }> } | null }) =>
  node.astNode?.directives?.some((d) => d.name.value === 'inaccessible') ?? false;

/** The public API of the committed supergraph: root fields minus the inaccessible ones. */
export function loadApi(): { schema: GraphQLSchema; mutations: GraphQLField<unknown, unknown>[]; queries: GraphQLField<unknown, unknown>[] } {
  const sdl = readFileSync(join(REPOSITORY_ROOT, 'gateway', 'supergraph.graphql'), 'utf8');
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const fields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {}).filter((f) => !isInaccessible(f) && !f.name.startsWith('_'));
  return { schema, mutations: fields(schema.getMutationType()), queries: fields(schema.getQueryType()) };
}

const uuid = (rng: Prng) =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = rng.int(0, 15);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });

/** What one request may carry in hostile strings: big enough to hurt, under the 1 MB body limit (a separate attack goes over it). */
const STRING_BUDGET = 600_000;

class ValueMaker {
  readonly sent: string[] = [];
  private spent = 0;
  constructor(private readonly rng: Prng) {}

  private str(value: string): string {
    // Past the budget, huge values give way to short hostile ones.
    const kept = this.spent + value.length > STRING_BUDGET ? value.slice(0, 64) : value;
    this.spent += kept.length;
    this.sent.push(kept);
    return kept;
  }

  /** A value for `type` that is wrong in some way, or hostile inside the right shape. */
  value(type: GraphQLInputType, name: string, depth = 0): unknown {
    const rng = this.rng;
    // Now and then the wrong shape altogether: null for a required value, a list, an object, a number.
    if (rng.chance(0.08)) return rng.pick([null, [], {}, 42, true, this.str(hostileString(rng, name)), [[[[[]]]]]]);
    if (isNonNullType(type)) return this.value(type.ofType, name, depth);
    if (isListType(type)) {
      // A long list repeats one small value: its length is the attack.
      if (rng.chance(0.05) && depth < 2) {
        const leaf = isLeafType(getNamedType(type.ofType)) ? this.value(type.ofType, name, depth + 1) : null;
        const item = typeof leaf === 'string' ? leaf.slice(0, 40) : Array.isArray(leaf) || (leaf && typeof leaf === 'object') ? null : leaf;
        return Array.from({ length: rng.pick([1_000, 10_000]) }, () => item);
      }
      return Array.from({ length: rng.int(0, 3) }, () => this.value(type.ofType, name, depth + 1));
    }
    if (isInputObjectType(type)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        // Some fields left out (required ones too), the rest hostile.
        if (rng.chance(0.1)) continue;
        object[field.name] = depth > 4 ? null : this.value(field.type, field.name, depth + 1);
      }
      if (rng.chance(0.1)) object[rng.pick(['unknownField', '__proto__', 'constructor', 'id'])] = this.str(hostileString(rng, 'extra'));
      return object;
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return rng.chance(0.7) ? rng.pick(values) : this.str(rng.pick([values[0].toLowerCase(), `${values[0]}_X`, '', 'null', hostileString(rng, name)]));
    }
    if (isScalarType(type)) return this.scalar(type.name, name);
    return null;
  }

  private scalar(scalar: string, name: string): unknown {
    const rng = this.rng;
    switch (scalar) {
      case 'Int':
      case 'SafeInt':
        return rng.chance(0.85) ? rng.pick(BAD_INTS) : this.str(rng.pick(['12', '1e3', 'NaN', '']));
      case 'Float':
        return rng.pick([-1, 1e308, -1e308, 5e-324, 0.1 + 0.2]);
      case 'Boolean':
        return rng.chance(0.7) ? rng.chance(0.5) : this.str(rng.pick(['true', 'yes', '1']));
      case 'ID':
        return rng.chance(0.5) ? this.str(uuid(rng)) : rng.chance(0.3) ? rng.pick([0, -1, 2 ** 53]) : this.str(rng.pick([uuid(rng).toUpperCase() + 'x', '00000000-0000-0000-0000-000000000000', hostileString(rng, name), `${uuid(rng)}\u0000`]));
      case 'Date':
        return this.str(rng.chance(0.8) ? rng.pick(BAD_DATES) : hostileString(rng, name));
      case 'DateTime':
        return this.str(rng.chance(0.8) ? rng.pick(BAD_DATETIMES) : hostileString(rng, name));
      default:
        return this.str(hostileString(rng, name));
    }
  }
}

/** The type of a list's items (or the type itself when it is no list). */
function elementOf(type: GraphQLInputType | undefined): GraphQLInputType | undefined {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  return inner && isListType(inner) ? inner.ofType : inner;
}

/** Prints a value as an inline GraphQL literal (enums bare when they look like names). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const named = type ? getNamedType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, elementOf(type))).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'badKey'}: ${literal(v, fields[k]?.type)}`).join(', ')}}`;
  }
  if (typeof value === 'string') return named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  return String(value);
}

/** A small selection of leaf fields of the returned type (or __typename). */
function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type) as GraphQLNamedType;
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  return `{ __typename ${leaves.slice(0, 3).map((f) => f.name).join(' ')} }`;
}

export class RequestGenerator {
  private readonly api = loadApi();
  private mutationTurn = 0;

  constructor(
    private readonly rng: Prng,
    private readonly callers: Callers,
  ) {}

  get mutationNames(): string[] {
    return this.api.mutations.map((m) => m.name);
  }

  next(): FuzzRequest {
    const roll = this.rng.next();
    if (roll < 0.55) return this.rootField('mutation', this.api.mutations[this.mutationTurn++ % this.api.mutations.length]);
    if (roll < 0.7) return this.rootField('query', this.rng.pick(this.api.queries));
    if (roll < 0.85) return this.exhaustion();
    if (roll < 0.95) return this.protocol();
    return this.credentials();
  }

  private authorised(): Record<string, string> {
    return this.rng.pick(this.callers.valid).headers;
  }

  private post(family: Family, target: string, payload: unknown, sent: string[], headers = this.authorised()): FuzzRequest {
    return { family, target, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload), sent };
  }

  private rootField(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>): FuzzRequest {
    const maker = new ValueMaker(this.rng);
    const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || this.rng.chance(0.6));
    const values = Object.fromEntries(args.map((a) => [a.name, maker.value(a.type, a.name)]));
    let query: string;
    let variables: Record<string, unknown> = {};
    if (this.rng.chance(0.7) || args.length === 0) {
      // As variables, the way client libraries send them.
      const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      query = `${kind} Fuzz${declared ? `(${declared})` : ''} { ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''} ${selection(field.type)} }`;
      variables = values;
      // A root field without arguments (runExpiry) is valid as it stands: only a forged argument makes it hostile.
      if (args.length === 0) query = `${kind} { ${field.name}(unexpected: ${JSON.stringify(hostileString(this.rng, 'unexpected'))}) ${selection(field.type)} }`;
    } else {
      // Inline, where the parser and validation meet the values first.
      query = `${kind} { ${field.name}(${args.map((a) => `${a.name}: ${literal(values[a.name], a.type)}`).join(', ')}) ${selection(field.type)} }`;
    }
    return this.post(kind, field.name, { query, variables }, maker.sent);
  }

  private exhaustion(): FuzzRequest {
    const rng = this.rng;
    const attack = rng.pick(['depth', 'aliases', 'duplicate-fields', 'directives', 'fragment-cycle', 'fragment-bomb', 'nested-list-variable', 'nested-list-literal', 'many-variables', 'huge-string', 'oversized-body', 'many-operations', 'introspection']);
    let query = '';
    let variables: Record<string, unknown> = {};
    switch (attack) {
      case 'depth': {
        const levels = rng.int(13, 60);
        query = `{ territory(level: REGION, code: "32") ${'{ children(first: 2) { nodes '.repeat(levels)}{ code }${' } }'.repeat(levels)} }`;
        break;
      }
      case 'aliases':
        query = `{ ${Array.from({ length: rng.pick([21, 200, 2_000]) }, (_, i) => `a${i}: programmes { id }`).join(' ')} }`;
        break;
      case 'duplicate-fields':
        query = `{ programmes { ${'id '.repeat(rng.pick([500, 5_000, 50_000]))}} }`;
        break;
      case 'directives':
        query = `{ programmes ${'@include(if: true) '.repeat(rng.pick([51, 500]))}{ id } }`;
        break;
      case 'fragment-cycle':
        query = `query { ...A } fragment A on Query { ...B programmes { id } } fragment B on Query { ...A }`;
        break;
      case 'fragment-bomb': {
        const n = rng.int(8, 30);
        const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : 'programmes { id code name }'} }`);
        query = `query { ...F0 } ${fragments.join(' ')}`;
        break;
      }
      case 'nested-list-variable': {
        let nested: unknown = [];
        for (let i = 0; i < rng.pick([100, 3_000]); i++) nested = [nested];
        query = `mutation($ids: [ID!]!) { returnBooklets(bookletIds: $ids) { id } }`;
        variables = { ids: nested };
        break;
      }
      case 'nested-list-literal': {
        const depth = rng.pick([100, 5_000]);
        query = `mutation { returnBooklets(bookletIds: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { id } }`;
        break;
      }
      case 'many-variables': {
        const n = rng.pick([100, 5_000]);
        query = `query(${Array.from({ length: n }, (_, i) => `$v${i}: String`).join(', ')}) { programmes { id } }`;
        variables = Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, 'x']));
        break;
      }
      case 'huge-string': {
        const value = hugeString(rng);
        return this.post('exhaustion', attack, { query: `query($code: String!) { programmeByCode(code: $code) { id } }`, variables: { code: value } }, [value]);
      }
      case 'oversized-body':
        return { family: 'exhaustion', target: attack, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...this.authorised() }, body: JSON.stringify({ query: `{ programmes { id } }`, variables: { pad: 'x'.repeat(1_200_000) } }), sent: [] };
      case 'many-operations':
        query = Array.from({ length: rng.pick([2, 500]) }, (_, i) => `query Q${i} { programmes { id } }`).join(' ');
        break;
      case 'introspection':
        query = rng.pick([`{ __schema { types { name fields { name } } } }`, `{ __type(name: "Pass") { fields { name } } }`, `{ programmes { __typename } __schema { queryType { name } } }`]);
        return this.post('exhaustion', attack, { query }, [], {});
    }
    return this.post('exhaustion', attack, { query, variables }, []);
  }

  private protocol(): FuzzRequest {
    const rng = this.rng;
    const json = { 'content-type': 'application/json' };
    const attack = rng.pick([
      'not-json',
      'invalid-utf8',
      'batch',
      'null-body',
      'empty-body',
      'query-not-string',
      'variables-not-object',
      'unknown-operation-name',
      'get-mutation',
      'get-without-preflight',
      'text-plain',
      'no-content-type',
      'put',
      'delete',
      'odd-path',
      'persisted-query',
      'syntax-error',
      'nul-in-query',
    ]);
    const base = { family: 'protocol' as const, target: attack, method: 'POST' as const, path: '/graphql', sent: [] as string[] };
    switch (attack) {
      case 'not-json':
        return { ...base, headers: json, body: rng.pick(['{"query": "{ programmes { id } }"', '{query: 1}', "{'query': '{ programmes { id } }'}", '\u0000\u0001\u0002'.repeat(10)]) };
      case 'invalid-utf8':
        return { ...base, headers: json, body: Buffer.concat([Buffer.from('{"query":"{ programmeByCode(code: \\"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('\\") { id } }"}')]) };
      case 'batch':
        return { ...base, headers: json, body: JSON.stringify(Array.from({ length: rng.pick([2, 100]) }, () => ({ query: '{ programmes { id } }' }))) };
      case 'null-body':
        return { ...base, headers: json, body: 'null' };
      case 'empty-body':
        return { ...base, headers: json, body: '' };
      case 'query-not-string':
        return { ...base, headers: json, body: JSON.stringify({ query: rng.pick([5, null, ['{ programmes { id } }'], { kind: 'Document' }]) }) };
      case 'variables-not-object':
        return { ...base, headers: json, body: JSON.stringify({ query: 'query($c: String!) { programmeByCode(code: $c) { id } }', variables: rng.pick(['x', [1, 2], 5, true]) }) };
      case 'unknown-operation-name':
        return { ...base, headers: json, body: JSON.stringify({ query: 'query A { programmes { id } } query B { programmes { code } }', operationName: rng.pick(['C', '', null, 5]) }) };
      case 'get-mutation':
        return { ...base, method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { generateStatements(month: "2020-01") { month } }')}`, headers: { 'apollo-require-preflight': 'true', ...this.authorised() } };
      case 'get-without-preflight':
        return { ...base, method: 'GET', path: `/graphql?query=${encodeURIComponent('{ programmes { id } }')}`, headers: {} };
      case 'text-plain':
        return { ...base, headers: { 'content-type': 'text/plain', ...this.authorised() }, body: JSON.stringify({ query: 'mutation { generateStatements(month: "2020-01") { month } }' }) };
      case 'no-content-type':
        return { ...base, headers: {}, body: JSON.stringify({ query: '{ programmes { id } }' }) };
      case 'put':
        return { ...base, method: 'PUT', headers: json, body: JSON.stringify({ query: '{ programmes { id } }' }) };
      case 'delete':
        return { ...base, method: 'DELETE', headers: json };
      case 'odd-path':
        return { ...base, path: rng.pick(['/graphql/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/graphql%00', '/GRAPHQL', '/graphql?query=%00', '//graphql', '/graphql;.js', `/${'a'.repeat(8_000)}`]), headers: json, body: JSON.stringify({ query: '{ programmes { id } }' }) };
      case 'persisted-query':
        return { ...base, headers: json, body: JSON.stringify({ extensions: { persistedQuery: { version: rng.pick([1, 2, 'x']), sha256Hash: rng.pick(['x', '0'.repeat(64), hostileString(rng, 'hash')]) } } }) };
      case 'syntax-error':
        return { ...base, headers: json, body: JSON.stringify({ query: rng.pick(['{', '}', 'mutation {', '{ programmes { id }', 'query query query', '{ programmes(first: ) { id } }', '"""unterminated', '{ a: b: c }', '#'.repeat(1_000)]) }) };
      case 'nul-in-query':
        return { ...base, headers: json, body: JSON.stringify({ query: `{ programmes\u0000 { id } }` }) };
    }
    return { ...base, headers: json, body: '{}' };
  }

  private credentials(): FuzzRequest {
    const rng = this.rng;
    const body = JSON.stringify({ query: 'mutation($m: String!) { generateStatements(month: $m) { month } }', variables: { m: '2020-01' } });
    const forged = (header: string, payload: string) => `${Buffer.from(header).toString('base64url')}.${Buffer.from(payload).toString('base64url')}.`;
    const headers = rng.pick<Record<string, string>>([
      { authorization: 'Bearer' },
      { authorization: 'Bearer ' },
      { authorization: `Bearer ${'A'.repeat(rng.pick([100, 8_000]))}` },
      { authorization: 'Basic YWRtaW46YWRtaW4=' },
      { authorization: `Bearer ${forged('{"alg":"none","typ":"JWT"}', '{"sub":"x","role":"programme_manager","iss":"pass-numerique-test","aud":"pass-numerique-api"}')}` },
      { authorization: `Bearer ${forged('{"alg":"HS256","kid":"../../../../dev/null"}', '{"sub":"x","role":"platform"}')}x` },
      { authorization: 'Bearer pnk_' + 'x'.repeat(40) },
      { 'x-api-key': 'pnk_' },
      { 'x-api-key': 'pnk_' + 'y'.repeat(300) },
      { 'x-api-key': `' OR '1'='1` },
      { 'x-api-key': 'pnk_" OR 1=1 --' },
      { 'x-pn-identity': 'forged.identity.token' },
      { authorization: 'Bearer a.b.c', 'x-api-key': 'pnk_zzz' },
    ]);
    return { family: 'credentials', target: Object.keys(headers).join('+'), method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...headers }, body, sent: [] };
  }
}
