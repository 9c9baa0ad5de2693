// Integration: agreements (roles in programmes) on a real PostgreSQL and NATS.
import { randomUUID } from 'node:crypto';
import { caller, callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { ANONYMOUS, managerOf, OPERATOR, registerOrganisation, told } from '../testing/partners-test-kit';

const SIGN = `mutation($input: SignAgreementInput!) { signAgreement(input: $input) {
  id role scope { level code } startsOn endsOn programme { id } organisation { id } } }`;

describe('partners subgraph: agreements', () => {
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false });
  let organisationId: string;

  beforeAll(async () => {
    organisationId = await registerOrganisation(service.url, { legalKind: 'DEPARTEMENT' });
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    programmeId: randomUUID(),
    organisationId,
    role: 'CO_PILOT',
    scope: { level: 'DEPARTEMENT', code: '80' },
    startsOn: '2020-03-01',
    endsOn: '2021-12-31',
    ...overrides,
  });
  /** Signed by a manager of the agreement's own programme. */
  const sign = (agreement: { programmeId: string } & Record<string, unknown>) => callSubgraph(service.url, SIGN, { input: agreement }, managerOf(agreement.programmeId));

  it('records a role in a programme and publishes partners.agreement.signed.v1', async () => {
    const agreement = input();
    const { data, errors } = await sign(agreement);
    expect(errors).toBeUndefined();
    expect(data.signAgreement).toMatchObject({ role: 'CO_PILOT', scope: { level: 'DEPARTEMENT', code: '80' }, programme: { id: agreement.programmeId }, organisation: { id: organisationId } });
    const event = await eventually(async () => {
      const last = await lastPublishedEvent(service.bus, 'partners.agreement.signed.v1');
      return last?.payload.agreementId === data.signAgreement.id ? last : undefined;
    }, 10_000, 'the agreement-signed event');
    expect(event.payload).toEqual({
      agreementId: data.signAgreement.id,
      programmeId: agreement.programmeId,
      organisationId,
      role: 'CO_PILOT',
      scope: { level: 'DEPARTEMENT', code: '80' },
      startsOn: '2020-03-01',
      endsOn: '2021-12-31',
    });
  });

  it('shows an organisation its agreements, also through the federated Organisation', async () => {
    const programmeId = randomUUID();
    expect((await sign(input({ programmeId, role: 'DISTRIBUTOR', scope: null, endsOn: null }))).errors).toBeUndefined();
    const { data } = await callSubgraph(
      service.url,
      `query($reps: [_Any!]!, $p: ID) { _entities(representations: $reps) { ... on Organisation { agreements(programmeId: $p) { role scope { code } endsOn } } } }`,
      { reps: [{ __typename: 'Organisation', id: organisationId }], p: programmeId },
      ANONYMOUS,
    );
    expect(data._entities[0].agreements).toEqual([{ role: 'DISTRIBUTOR', scope: null, endsOn: null }]);
  });

  it('pages through a programme agreements by role', async () => {
    const programmeId = randomUUID();
    for (const code of ['02', '59', '60']) {
      expect((await sign(input({ programmeId, scope: { level: 'DEPARTEMENT', code } }))).errors).toBeUndefined();
    }
    const PAGE = `query($p: ID!, $after: String) { agreements(programmeId: $p, role: CO_PILOT, first: 2, after: $after) { totalCount edges { node { scope { code } } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await callSubgraph(service.url, PAGE, { p: programmeId }, ANONYMOUS)).data.agreements;
    const second = (await callSubgraph(service.url, PAGE, { p: programmeId, after: first.pageInfo.endCursor }, ANONYMOUS)).data.agreements;
    expect(first.totalCount).toBe(3);
    expect([...first.edges, ...second.edges].map((e: { node: { scope: { code: string } } }) => e.node.scope.code).sort()).toEqual(['02', '59', '60']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses an overlapping agreement for the same role and scope, an inverted period, an unknown territory or organisation', async () => {
    const first = input();
    expect((await sign(first)).errors).toBeUndefined();
    const overlap = await sign({ ...first, startsOn: '2021-06-01', endsOn: null });
    expect(overlap.errors?.[0].extensions?.code).toBe('AGREEMENT_OVERLAPS');
    // The next period, after the first has ended, is fine.
    expect((await sign({ ...first, startsOn: '2022-01-01', endsOn: null })).errors).toBeUndefined();

    const inverted = await sign(input({ startsOn: '2021-01-01', endsOn: '2020-12-31' }));
    expect(inverted.errors?.[0].extensions).toMatchObject({ code: 'INVALID_PERIOD', field: 'endsOn' });
    const unknownScope = await sign(input({ scope: { level: 'DEPARTEMENT', code: '99' } }));
    expect(unknownScope.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CODE', field: 'scope' });
    const unknownOrganisation = await sign(input({ organisationId: randomUUID() }));
    expect(unknownOrganisation.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
    const agreement = input();
    for (const refused of [ANONYMOUS, OPERATOR, caller('finance_officer', { programmeId: agreement.programmeId }), caller('distributor', { organisationId })]) {
      expect((await callSubgraph(service.url, SIGN, { input: agreement }, refused)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("answers a manager about another programme exactly as about an unknown one, and records nothing", async () => {
    const mine = randomUUID();
    const theirs = randomUUID();
    const manager = managerOf(mine);
    expect((await callSubgraph(service.url, SIGN, { input: input({ programmeId: mine }) }, manager)).errors).toBeUndefined();
    const other = await callSubgraph(service.url, SIGN, { input: input({ programmeId: theirs }) }, manager);
    const unknown = randomUUID();
    expect(told(other, theirs)).toEqual(told(await callSubgraph(service.url, SIGN, { input: input({ programmeId: unknown }) }, manager), unknown));
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'programmeId' });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM agreement WHERE programme_id = ANY($1)`, [[theirs, unknown]]);
    expect(count).toBe(0);
    // The manager of that programme signs it.
    expect((await sign(input({ programmeId: theirs }))).errors).toBeUndefined();
  });
});
