import { parse, type OperationDefinitionNode } from 'graphql';
import { deniedFields, guardFields, internalReach, isPolicyDenial, policyGaps, Reach, RequestAccess, type AccessPolicy } from './authorisation';
import { formatGrant, parseGrant, type CallerRole, type Identity } from './identity';

const policy: AccessPolicy = {
  operations: { 'Query.places': 'anyone', 'Query.statement': ['place', 'programme_manager'], 'Mutation.redeemPass': ['place'] },
  entities: { Place: 'anyone', Statement: ['place'] },
};
const as = (role: CallerRole): Identity => ({ subject: 's', grants: [{ role, programmeId: role.startsWith('p') || role.startsWith('f') ? A : undefined }], scopes: [] });
const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';
const ORG = '0c000000-0000-4000-8000-00000000000c';

function denied(source: string, role: CallerRole, variables: Record<string, unknown> = {}) {
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
    expect(isPolicyDenial({ message: 'roles programme_manager, place may not use Query.statement', extensions: { code: 'FORBIDDEN' } })).toBe(true);
    expect(isPolicyDenial({ message: 'you are not allowed to do this', extensions: { code: 'FORBIDDEN' } })).toBe(false);
    expect(isPolicyDenial(undefined)).toBe(false);
  });
});

describe('grants', () => {
  it('reads and writes the text form tokens carry', () => {
    expect(parseGrant(`programme_manager:${A}`)).toEqual({ role: 'programme_manager', programmeId: A });
    expect(parseGrant(`PLACE`)).toBeUndefined();
    expect(parseGrant('distributor')).toEqual({ role: 'distributor' });
    expect(parseGrant(`distributor:${B.toUpperCase()}`)).toEqual({ role: 'distributor', programmeId: B });
    expect(parseGrant('platform_operator')).toEqual({ role: 'platform_operator' });
    expect(formatGrant({ role: 'finance_officer', programmeId: A })).toBe(`finance_officer:${A}`);
  });

  it('refuses grants a token may not carry', () => {
    for (const text of ['programme_manager', 'funder_auditor:not-a-uuid', `platform_operator:${A}`, 'public', 'platform', 'owner', `place:${A}:x`]) {
      expect({ text, grant: parseGrant(text) }).toEqual({ text, grant: undefined });
    }
  });
});

describe('reach', () => {
  const person: Identity = {
    subject: 'p',
    organisationId: ORG,
    grants: [
      { role: 'programme_manager', programmeId: A },
      { role: 'funder_auditor', programmeId: B },
      { role: 'distributor', programmeId: B },
    ],
    scopes: [],
  };

  it('reaches the programmes where the caller holds a role the field admits, and no other', () => {
    const managing = new Reach(person, ['programme_manager']);
    expect(managing.programmeIds).toEqual([A]);
    expect(managing.coversProgramme(A)).toBe(true);
    expect(managing.coversProgramme(B)).toBe(false);
    expect(managing.actsFor(ORG)).toBe(false); // no organisation role admitted here
    const reading = new Reach(person, ['programme_manager', 'finance_officer', 'funder_auditor']);
    expect(reading.programmeIds).toEqual([A, B]);
    expect(new Reach(person, 'anyone').programmeIds).toEqual([A, B]);
  });

  it('acts for the organisation in the programmes its organisation roles are limited to', () => {
    const handing = new Reach(person, ['distributor']);
    expect(handing.programmeIds).toEqual([]);
    expect(handing.actsFor(ORG, B)).toBe(true);
    expect(handing.actsFor(ORG, A)).toBe(false);
    expect(handing.actsFor('another')).toBe(false);
    const unlimited = new Reach({ ...person, grants: [{ role: 'place' }] }, ['place']);
    expect(unlimited.organisationProgrammeIds).toBeUndefined();
    expect(unlimited.actsFor(ORG, A)).toBe(true);
  });

  it('remembers the programmes it vouched for, for the audit trail', () => {
    const access = new RequestAccess(person, { operations: { 'Mutation.x': ['programme_manager'], 'Query.y': ['distributor'] }, entities: {} });
    access.reach('Mutation.x').coversProgramme(A);
    access.reach('Mutation.x').coversProgramme(B);
    access.reach('Query.y').actsFor(ORG, B);
    expect([...access.touched].sort()).toEqual([A, B]);
    expect(() => access.reach('Query.unlisted')).toThrow(/no entry for Query.unlisted/);
  });

  it("gives the platform's own work every programme, and nobody else", () => {
    const internal = internalReach('expiry job');
    expect(internal.all).toBe(true);
    expect(internal.coversProgramme(B)).toBe(true);
    expect(new Reach(as('public'), 'anyone').all).toBe(false);
  });
});

describe('guarded fields', () => {
  it('answers FORBIDDEN to the roles the policy leaves out, and resolves for the others', async () => {
    const resolvers = guardFields({ Programme: { budget: (..._: unknown[]) => 42 } }, { operations: {}, entities: {}, fields: { 'Programme.budget': ['finance_officer'], 'Programme.code': ['programme_manager'] } });
    const info = {} as never;
    expect(resolvers.Programme.budget({}, {}, { identity: as('finance_officer') }, info)).toBe(42);
    expect(() => resolvers.Programme.budget({}, {}, { identity: as('public') }, info)).toThrow('role public may not use Programme.budget');
    // A field without a resolver of its own is guarded too, and reads its parent.
    const code = (resolvers as unknown as { Programme: { code: Function } }).Programme.code;
    expect(code({ code: 'P' }, {}, { identity: as('programme_manager') }, info)).toBe('P');
    expect(() => code({ code: 'P' }, {}, { identity: as('finance_officer') }, info)).toThrow(/may not use Programme.code/);
  });
});
