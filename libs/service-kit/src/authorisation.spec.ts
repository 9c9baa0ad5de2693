import { parse, type OperationDefinitionNode } from 'graphql';
import { deniedFields, isPolicyDenial, policyGaps, type AccessPolicy } from './authorisation';
import type { Identity } from './identity';

const policy: AccessPolicy = {
  operations: { 'Query.places': 'anyone', 'Query.statement': ['place', 'programme_manager'], 'Mutation.redeemPass': ['place'] },
  entities: { Place: 'anyone', Statement: ['place'] },
};
const as = (role: Identity['role']): Identity => ({ subject: 's', role, scopes: [] });

function denied(source: string, role: Identity['role'], variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return deniedFields(policy, as(role), operation, document, variables);
}

describe('access policy', () => {
  it('lets each role use what the policy names for it', () => {
    expect(denied('{ places { id } }', 'public')).toEqual([]);
    expect(denied('{ statement(id: "x") { id } }', 'place')).toEqual([]);
    expect(denied('mutation { redeemPass(number: "1") { ok } }', 'place')).toEqual([]);
  });

  it('refuses what the policy gives to others, however the field is wrapped', () => {
    expect(denied('{ statement(id: "x") { id } }', 'distributor')).toEqual(['Query.statement']);
    expect(denied('{ ... on Query { statement(id: "x") { id } } }', 'public')).toEqual(['Query.statement']);
    expect(denied('query { ...F } fragment F on Query { statement(id: "x") { id } }', 'public')).toEqual(['Query.statement']);
    expect(denied('mutation { redeemPass(number: "1") { ok } }', 'funder_auditor')).toEqual(['Mutation.redeemPass']);
  });

  it('fails closed: a root field without a policy entry is refused to everyone', () => {
    expect(denied('{ somethingNew }', 'programme_manager')).toEqual(['Query.somethingNew']);
  });

  it('checks every entity type in _entities, from variables or literals', () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    expect(denied(query, 'public', { r: [{ __typename: 'Place', id: '1' }] })).toEqual([]);
    expect(denied(query, 'public', { r: [{ __typename: 'Place', id: '1' }, { __typename: 'Statement', id: '2' }] })).toEqual(['_entities(Statement)']);
    expect(denied('{ _entities(representations: [{ __typename: "Statement", id: "2" }]) { __typename } }', 'public')).toEqual(['_entities(Statement)']);
    expect(denied(query, 'public', { r: [{ __typename: 'Unknown' }] })).toEqual(['_entities(Unknown)']);
  });

  it('leaves the federation and introspection fields to the subgraph signature check', () => {
    expect(denied('{ _service { sdl } __typename }', 'public')).toEqual([]);
  });
});

describe('policy coverage and denial', () => {
  const sdl = `
    type Query { places: [Int] statement(id: ID!): Int }
    type Mutation { redeemPass(number: String!): Int }
    type Place @key(fields: "id") { id: ID! }
    type Territory @key(fields: "level code", resolvable: false) { level: String! code: String! }
  `;

  it('lists the root fields and resolvable entities a policy forgets, and the entries that name nothing', () => {
    expect(policyGaps(policy, sdl)).toEqual({ missing: [], unknown: ['entity Statement'] });
    const partial: AccessPolicy = { operations: { 'Query.places': 'anyone', 'Query.gone': 'anyone' }, entities: {} };
    expect(policyGaps(partial, sdl)).toEqual({
      missing: ['Query.statement', 'Mutation.redeemPass', 'entity Place'],
      unknown: ['Query.gone'],
    });
  });

  it('tells the policy refusal apart from a service’s own refusal', () => {
    expect(isPolicyDenial({ message: 'role public may not use Query.statement', extensions: { code: 'FORBIDDEN' } })).toBe(true);
    expect(isPolicyDenial({ message: 'you are not allowed to do this', extensions: { code: 'FORBIDDEN' } })).toBe(false);
    expect(isPolicyDenial(undefined)).toBe(false);
  });
});
