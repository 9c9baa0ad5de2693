// The authorisation matrix through the gateway: every operation of the API, called by every role
// with made-up but well-typed arguments, is refused by the owning service's access policy exactly
// when access-matrix.ts says so. Then the attempts across organisations that the policy cannot
// see (they depend on the object): those are refused by the services, and the refusal reads the
// same whether the object exists or not.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DEMO_IDS, DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION, FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import { composeSupergraph } from '@pass-numerique/gateway';
import { fundingSubgraph } from '@pass-numerique/funding-service';
import { partnersSubgraph } from '@pass-numerique/partners-service';
import { passesSubgraph } from '@pass-numerique/passes-service';
import { territorySubgraph } from '@pass-numerique/territory-service';
import { ANONYMOUS, isPolicyDenial, policyGaps, ROLES, type AccessPolicy, type Role } from '@pass-numerique/service-kit';
import {
  activatedOrderOnTheApi,
  allocateOnTheApi,
  ApiSetup,
  callSubgraph,
  eventually,
  openProgrammeOnTheApi,
  personToken,
  signDistributorAgreement,
  type CallerSpec,
  type GraphQLResponse,
} from '@pass-numerique/testing';
import { ACCESS_MATRIX } from './access-matrix';
import { startStack, type Stack } from './stack';

const WORKSPACE = path.resolve(__dirname, '..', '..');
const DUMMY_ID = '00000000-0000-4000-8000-000000000000';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The gateway's public schema: composed from the four SDL files, `@inaccessible` fields removed. */
function apiSchema(): GraphQLSchema {
  const composed = composeSupergraph(WORKSPACE);
  if (!composed.ok) throw new Error(`the supergraph does not compose:\n${composed.errors.join('\n')}`);
  return Supergraph.build(composed.supergraphSdl).apiSchema().toGraphQLJSSchema();
}

function rootOperations(schema: GraphQLSchema): string[] {
  const names: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (type) names.push(...Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
  }
  return names.sort();
}

const required = <T extends GraphQLArgument | GraphQLInputField>(fields: readonly T[]) => fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);

/** A literal of the type: dummy but valid for GraphQL, so that the call reaches the service. */
function dummyLiteral(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummyLiteral(type.ofType);
  if (isListType(type)) return `[${dummyLiteral(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) return `{ ${required(Object.values(type.getFields())).map((f) => `${f.name}: ${dummyLiteral(f.type)}`).join(', ')} }`;
  switch (type.name) {
    case 'ID':
      return JSON.stringify(DUMMY_ID);
    case 'String':
      return '"x"';
    case 'Int':
    case 'SafeInt':
      return '1';
    case 'Float':
      return '1.5';
    case 'Boolean':
      return 'false';
    case 'Date':
      return '"2024-01-01"';
    case 'DateTime':
      return '"2024-01-01T00:00:00Z"';
    default:
      throw new Error(`no dummy value for the scalar ${type.name}: add one`);
  }
}

/** The smallest call of a root field: required arguments only, `__typename` as the selection. */
function probeOf(schema: GraphQLSchema, operation: string): string {
  const [typeName, fieldName] = operation.split('.');
  const field = (typeName === 'Mutation' ? schema.getMutationType() : schema.getQueryType())!.getFields()[fieldName];
  const args = required(field.args).map((a) => `${a.name}: ${dummyLiteral(a.type)}`);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${typeName === 'Mutation' ? 'mutation' : 'query'} Probe { ${fieldName}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection} }`;
}

interface Outcome {
  /** Refused by the access policy. */
  denied: boolean;
  /** For the table: DENIED, ok, or the first error's code. */
  label: string;
}

function outcomeOf(response: GraphQLResponse): Outcome {
  if (response.status === 429 || response.status === 401) throw new Error(`the gateway answered ${response.status}: the probe did not reach the services`);
  const denial = response.errors?.find((e) => isPolicyDenial(e));
  if (denial) return { denied: true, label: 'DENIED' };
  const code = response.errors?.[0]?.extensions?.code;
  return { denied: false, label: response.errors ? String(code ?? 'ERROR') : 'ok' };
}

function table(operations: string[], outcomes: Map<string, Outcome>): string {
  const width = Math.max(...operations.map((o) => o.length)) + 1;
  const column = 18;
  const header = `${'operation'.padEnd(width)}${ROLES.map((r) => r.padEnd(column)).join('')}`;
  const rows = operations.map((op) => `${op.padEnd(width)}${ROLES.map((r) => (outcomes.get(`${op} ${r}`)?.label ?? '?').slice(0, column - 2).padEnd(column)).join('')}`);
  return [header, '-'.repeat(header.length), ...rows].join('\n');
}

const HAND_OUT = `mutation($input: HandOutInput!) { handOut(input: $input) { id passCount } }`;
const RETURN = `mutation($ids: [ID!]!) { returnBooklets(bookletIds: $ids) { id } }`;
const STATEMENT = `query($id: ID!) { statement(id: $id) { id status } }`;
const STATEMENTS = `query($placeId: ID) { statements(placeId: $placeId) { totalCount edges { node { id } } } }`;

const profile = { ageBand: 'FROM_45_TO_59', situation: 'FAR_FROM_EMPLOYMENT', residenceInseeCode: '80021', consent: true };

/** What a caller was told, without the path and with ids masked: two refusals that read alike are the same to a prober. */
const refusal = (response: GraphQLResponse) =>
  JSON.parse(JSON.stringify({ data: response.data ?? null, errors: response.errors?.map((e) => ({ message: e.message, code: e.extensions?.code, field: e.extensions?.field })) }).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>'));

describe('the authorisation matrix', () => {
  let stack: Stack;
  let schema: GraphQLSchema;
  const headers = {} as Record<Role, Record<string, string>>;
  let manager: Record<string, string>;

  // Partner roles act for an organisation of the partners demo.
  const placeA = DEMO_PLACES[0];
  const placeB = DEMO_PLACES.find((p) => p.organisationId !== placeA.organisationId)!;
  const [distributorX, distributorY] = DEMO_PARTNER_IDS.distributors;

  beforeAll(async () => {
    schema = apiSchema();
    // Passes' demo history is large and not what this file checks.
    stack = await startStack({ loadDemoData: { passes: false } });
    const identities: Record<Role, CallerSpec | undefined> = {
      programme_manager: { role: 'programme_manager', programmeId: DEMO_IDS.programme, organisationId: DEMO_REGION.organisationId },
      finance_officer: { role: 'finance_officer', programmeId: DEMO_IDS.programme, organisationId: DEMO_REGION.organisationId },
      funder_auditor: { role: 'funder_auditor', organisationId: DEMO_PARTNER_IDS.state, programmeId: DEMO_IDS.programme },
      distributor: { role: 'distributor', organisationId: distributorX },
      place: { role: 'place', organisationId: placeA.organisationId },
      platform_operator: { role: 'platform_operator' },
      public: undefined,
    };
    for (const role of ROLES) {
      const identity = identities[role];
      headers[role] = identity ? bearer(await personToken(identity)) : {};
    }
    manager = headers.programme_manager;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('lists every operation of the API, and only those', () => {
    const api = rootOperations(schema);
    const listed = Object.keys(ACCESS_MATRIX).sort();
    expect({ missingFromMatrix: api.filter((o) => !listed.includes(o)), notInApi: listed.filter((o) => !api.includes(o)) }).toEqual({ missingFromMatrix: [], notInApi: [] });
    expect(api).not.toContain('Query.verifyCredential'); // @inaccessible: the gateway's own call
  });

  it("holds each service's policy to its schema: every root field and every entity it resolves, nothing else", () => {
    const subgraphs: Array<{ name: string; typeDefs: string; accessPolicy?: AccessPolicy }> = [
      fundingSubgraph(),
      // Only the schema and the policy are read here: no service is created from these options.
      partnersSubgraph({} as Parameters<typeof partnersSubgraph>[0]),
      territorySubgraph(),
      passesSubgraph(stack.configs.passes),
    ];
    for (const subgraph of subgraphs) {
      expect({ service: subgraph.name, hasPolicy: subgraph.accessPolicy !== undefined }).toEqual({ service: subgraph.name, hasPolicy: true });
      expect({ service: subgraph.name, ...policyGaps(subgraph.accessPolicy!, subgraph.typeDefs) }).toEqual({ service: subgraph.name, missing: [], unknown: [] });
    }
  });

  it('refuses every operation to the roles the matrix leaves out, and only to them', async () => {
    const operations = Object.keys(ACCESS_MATRIX).filter((o) => rootOperations(schema).includes(o));
    const outcomes = new Map<string, Outcome>();
    // A few operations at a time, every role at once: quick, and well under the per-caller rate limit.
    for (let i = 0; i < operations.length; i += 6) {
      await Promise.all(
        operations.slice(i, i + 6).flatMap((operation) => {
          const probe = probeOf(schema, operation);
          return ROLES.map(async (role) => outcomes.set(`${operation} ${role}`, outcomeOf(await stack.query(probe, {}, headers[role]))));
        }),
      );
    }
    console.log(`Authorisation matrix (DENIED = the access policy's refusal; otherwise what the service answered to dummy arguments)\n${table(operations, outcomes)}`);

    const mismatches: string[] = [];
    for (const operation of operations) {
      for (const role of ROLES) {
        const allowed = ACCESS_MATRIX[operation].includes(role);
        const { denied, label } = outcomes.get(`${operation} ${role}`)!;
        if (allowed === denied) mismatches.push(`${operation} × ${role}: expected ${allowed ? 'allowed' : 'DENIED'}, got ${label}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses a funder auditor every mutation: read-only', async () => {
    const mutations = rootOperations(schema).filter((o) => o.startsWith('Mutation.'));
    expect(mutations.length).toBeGreaterThan(30);
    const answers = await Promise.all(mutations.map(async (m) => [m, await stack.query(probeOf(schema, m), {}, headers.funder_auditor)] as const));
    const written = answers.filter(([, r]) => !(r.errors?.[0]?.extensions?.code === 'FORBIDDEN' && r.data == null)).map(([m]) => m);
    expect(written).toEqual([]);
  });

  it('gives the public nothing private through reference resolution (_entities) either', async () => {
    const anonymous = ANONYMOUS;
    const partners = await callSubgraph(
      stack.services.partners!.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Place { name iban contactPeople { name } qualifications { status } } ... on Organisation { name credentials { id } } } }`,
      { r: [{ __typename: 'Place', id: placeA.id }, { __typename: 'Organisation', id: placeA.organisationId }] },
      anonymous,
    );
    // The policy refuses the private fields to the public role, field by field; the open ones answer.
    expect(partners.errors?.map((e) => `${e.extensions?.code} ${e.path?.slice(-1)[0]}`).sort()).toEqual(['FORBIDDEN contactPeople', 'FORBIDDEN credentials', 'FORBIDDEN iban', 'FORBIDDEN qualifications']);
    expect(partners.data._entities).toEqual([
      { name: placeA.name, iban: null, contactPeople: null, qualifications: null },
      { name: expect.any(String), credentials: null },
    ]);
    const funding = await callSubgraph(
      stack.services.funding!.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Programme { code budget { paid { cents } } payments { totalCount } } } }`,
      { r: [{ __typename: 'Programme', id: DEMO_IDS.programme }] },
      anonymous,
    );
    expect(funding.data._entities).toEqual([{ code: FOUNDING_DECISION.programme.code, budget: null, payments: null }]);
    expect(funding.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  describe('across organisations', () => {
    it("refuses place A place B's statements, by id or by place, exactly as it refuses ones that do not exist", async () => {
      // No month of this stack's own has ended (it runs on the real clock), so place B's statement
      // is written as the monthly generation would have left it.
      const statementId = randomUUID();
      await stack.services.passes!.dataSource.query(
        `INSERT INTO statement (id, programme_id, place_id, place_organisation_id, month, pass_count, gross_amount_cents, amount_cents, status, generated_at)
         VALUES ($1, $2, $3, $4, '2020-06', 3, 3000, 3000, 'PENDING', now())`,
        [statementId, DEMO_IDS.programme, placeB.id, placeB.organisationId],
      );
      // Passes learns of the demo places from partners' events.
      await eventually(async () => (await stack.services.passes!.dataSource.query(`SELECT 1 FROM place WHERE id = ANY($1)`, [[placeA.id, placeB.id]])).length === 2, 20_000, 'passes to know the demo places');
      const asPlaceB = bearer(await personToken({ role: 'place', organisationId: placeB.organisationId, subject: 'staff-of-place-b' }));
      const asPlaceA = headers.place;

      const own = await stack.query(STATEMENT, { id: statementId }, asPlaceB);
      expect(own.errors).toBeUndefined();
      expect(own.data.statement).toEqual({ id: statementId, status: 'PENDING' });
      expect((await stack.query(STATEMENTS, { placeId: placeB.id }, asPlaceB)).data.statements.totalCount).toBe(1);

      // Place A may read statements, not this one: it answers as one that does not exist.
      const theirs = await stack.query(STATEMENT, { id: statementId }, asPlaceA);
      expect(theirs.data.statement).toBeNull();
      expect(refusal(theirs)).toEqual(refusal(await stack.query(STATEMENT, { id: randomUUID() }, asPlaceA)));

      const byPlace = await stack.query(STATEMENTS, { placeId: placeB.id }, asPlaceA);
      expect(byPlace.data.statements.totalCount).toBe(0);
      expect(refusal(byPlace)).toEqual(refusal(await stack.query(STATEMENTS, { placeId: randomUUID() }, asPlaceA)));
      const ownPlace = await stack.query(STATEMENTS, { placeId: placeA.id }, asPlaceA);
      expect(ownPlace.errors).toBeUndefined();
      expect(ownPlace.data.statements.totalCount).toBe(0);
      // Unfiltered, place A's list leaves place B's statement out.
      const all = await stack.query(STATEMENTS, {}, asPlaceA);
      expect(all.data.statements.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(statementId);
    });

    it("refuses distributor X distributor Y's booklet, to hand out or take back, exactly as it refuses one that does not exist", async () => {
      const api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
      const programme = await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'DEPARTEMENT', code: '80' }, amount: '5000.00' });
      for (const organisationId of [distributorX, distributorY]) await signDistributorAgreement(api, programme, organisationId);
      const { orderId } = await activatedOrderOnTheApi(api, programme, 2);
      const [bookletOfY] = await allocateOnTheApi(api, programme, orderId, distributorY, 1);
      manager = programme.staff.manager;
      const order = await stack.query(`query($id: ID!) { passOrder(id: $id) { booklets { edges { node { id state } } } } }`, { id: orderId }, manager);
      const inStock = order.data.passOrder.booklets.edges.map((e: { node: { id: string; state: string } }) => e.node).find((b: { state: string }) => b.state === 'IN_STOCK');
      const asX = headers.distributor;

      const handOut = await stack.query(HAND_OUT, { input: { bookletId: bookletOfY.id, profile } }, asX);
      expect(handOut.errors?.[0].extensions?.code).toBe('NOT_FOUND'); // distributors may hand out, not this booklet
      expect(refusal(handOut)).toEqual(refusal(await stack.query(HAND_OUT, { input: { bookletId: randomUUID(), profile } }, asX)));
      expect(refusal(handOut)).toEqual(refusal(await stack.query(HAND_OUT, { input: { bookletId: inStock.id, profile } }, asX)));

      const takeBack = await stack.query(RETURN, { ids: [bookletOfY.id] }, asX);
      expect(takeBack.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(refusal(takeBack)).toEqual(refusal(await stack.query(RETURN, { ids: [randomUUID()] }, asX)));
      expect(refusal(takeBack)).toEqual(refusal(await stack.query(RETURN, { ids: [inStock.id] }, asX)));

      const theirList = await stack.query(`query($org: ID!) { distributorBooklets(organisationId: $org) { totalCount } }`, { org: distributorY }, asX);
      expect(theirList.data.distributorBooklets.totalCount).toBe(0);
      expect(refusal(theirList)).toEqual(refusal(await stack.query(`query($org: ID!) { distributorBooklets(organisationId: $org) { totalCount } }`, { org: randomUUID() }, asX)));

      // Distributor Y, whose booklet it is, hands it out.
      const asY = bearer(await personToken({ role: 'distributor', organisationId: distributorY, subject: 'staff-of-distributor-y' }));
      const handedByY = await stack.query(HAND_OUT, { input: { bookletId: bookletOfY.id, profile } }, asY);
      expect(handedByY.errors).toBeUndefined();
      expect(handedByY.data.handOut.passCount).toBe(10);
    });
  });
});
