import { parse, type OperationDefinitionNode } from 'graphql';
import { deniedFields, type AccessPolicy } from './authorisation';
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
