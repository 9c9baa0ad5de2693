// Integration: the funding subgraph on a real PostgreSQL and NATS, called as the gateway would.
import { DEMO_REGION, FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import { callSubgraph, deleteTestStreams, dropDatabase, eventually, lastPublishedEvent, postGraphQL, testServiceConfig } from '@pass-numerique/testing';
import { startFundingService } from '../server';

const PROGRAMME = `query($code: String!) { programmeByCode(code: $code) {
  id code name endsOn perimeter { level code } owner { id }
  deliberations { decidedOn body vote { for against abstention present proxies } outcome cites }
  authorisations { kind amount { cents amount formatted } imputation { label nomenclature } schedule { budgetYear amount { amount } } }
  authorised { cents }
} }`;

const OPEN = `mutation($input: OpenProgrammeInput!) { openProgramme(input: $input) { id code } }`;

function openInput(overrides: Record<string, unknown> = {}) {
  const { deliberation, authorisation } = FOUNDING_DECISION;
  return {
    code: `TEST-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    name: 'Programme de test',
    perimeter: { level: 'DEPARTEMENT', code: '80' },
    startsOn: '2024-01-01',
    endsOn: '2025-12-31',
    deliberation: { ...deliberation, id: undefined, vote: { ...deliberation.vote } },
    authorisation: {
      kind: 'AE',
      amount: '1000.00',
      budgetYear: 2024,
      imputation: authorisation.imputation,
      schedule: [
        { budgetYear: 2024, amount: '600.00' },
        { budgetYear: 2025, amount: '400.00' },
      ],
    },
    ...overrides,
  };
}

describe('funding subgraph', () => {
  const config = { ...testServiceConfig('funding', { logLevel: 'error' }), loadDemoData: true };
  let service: Awaited<ReturnType<typeof startFundingService>>;

  beforeAll(async () => {
    service = await startFundingService(config);
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  it('refuses any request that does not carry the gateway signature, _entities included', async () => {
    const entities = await postGraphQL(service.url, `{ _entities(representations: [{ __typename: "Programme", id: "${FOUNDING_DECISION.programme.id}" }]) { ... on Programme { name } } }`);
    expect(entities.status).toBe(401);
    expect(entities.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(entities.data).toBeUndefined();

    const forged = await callSubgraph(service.url, '{ programmes { code } }', {}, undefined, 'another-secret-of-at-least-thirty-two-chars');
    expect(forged.status).toBe(401);
  });

  it('serves the founding decision of the demo programme, to the cent', async () => {
    const { data, errors } = await callSubgraph(service.url, PROGRAMME, { code: FOUNDING_DECISION.programme.code });
    expect(errors).toBeUndefined();
    const programme = data.programmeByCode;
    expect(programme).toMatchObject({
      id: FOUNDING_DECISION.programme.id,
      endsOn: '2021-12-31',
      perimeter: { level: 'REGION', code: '32' },
      owner: { id: DEMO_REGION.organisationId },
      authorised: { cents: 76_390_000 },
    });
    expect(programme.deliberations[0]).toMatchObject({
      decidedOn: '2020-02-04',
      body: 'STANDING_COMMITTEE',
      vote: { for: 52, against: 0, abstention: 0, present: 41, proxies: 11 },
      outcome: 'ADOPTED_UNANIMOUSLY',
    });
    expect(programme.deliberations[0].cites).toContain('2019.01354');
    const [ae] = programme.authorisations;
    expect(ae.amount.amount).toBe('763900.00');
    expect(ae.amount.formatted.replace(/\s/g, ' ')).toBe('763 900,00 €');
    expect(ae.imputation).toEqual({ label: '935/56/6518/56000017', nomenclature: 'M71' });
    expect(ae.schedule.map((l: { budgetYear: number; amount: { amount: string } }) => [l.budgetYear, l.amount.amount])).toEqual([
      [2020, '244450.00'],
      [2021, '427780.00'],
      [2022, '91670.00'],
    ]);
  });

  it('loads the demo data only once, however often the service starts', async () => {
    const again = await startFundingService({ ...config, port: 0 });
    await again.stop();
    const { data } = await callSubgraph(service.url, '{ programmes { code } }');
    expect(data.programmes.filter((p: { code: string }) => p.code === FOUNDING_DECISION.programme.code)).toHaveLength(1);
  });

  it('opens a programme and publishes funding.programme.opened.v1 through the outbox', async () => {
    const input = openInput();
    const { data, errors } = await callSubgraph(service.url, OPEN, { input });
    expect(errors).toBeUndefined();
    const id = data.openProgramme.id;
    const published = await eventually(async () => {
      const event = await lastPublishedEvent<{ programmeId: string; authorisedCents: number }>(service.bus, 'funding.programme.opened.v1');
      return event?.payload.programmeId === id ? event : undefined;
    }, 10_000, 'the programme-opened event');
    expect(published.payload.authorisedCents).toBe(100_000);
  });

  it('refuses a schedule that does not sum to the authorisation, and writes nothing', async () => {
    const input = openInput();
    (input.authorisation as { schedule: unknown[] }).schedule = [{ budgetYear: 2024, amount: '600.00' }, { budgetYear: 2025, amount: '399.99' }];
    const { errors } = await callSubgraph(service.url, OPEN, { input });
    expect(errors?.[0].extensions).toMatchObject({ code: 'SCHEDULE_DOES_NOT_SUM', field: 'authorisation.schedule', scheduledCents: 99_999 });
    const { data } = await callSubgraph(service.url, PROGRAMME, { code: input.code });
    expect(data.programmeByCode).toBeNull();
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM outbox_event WHERE payload->>'code' = $1`, [input.code]);
    expect(count).toBe(0);
  });

  it('refuses a duplicate code with a conflict code', async () => {
    const input = openInput();
    expect((await callSubgraph(service.url, OPEN, { input })).errors).toBeUndefined();
    const { errors } = await callSubgraph(service.url, OPEN, { input });
    expect(errors?.[0].extensions?.code).toBe('PROGRAMME_CODE_TAKEN');
  });

  it('refuses amounts with more than two decimals, and callers who are not programme managers', async () => {
    const input = openInput({ authorisation: { ...openInput().authorisation, amount: '1000.001' } });
    expect((await callSubgraph(service.url, OPEN, { input })).errors?.[0].extensions?.code).toBe('INVALID_AMOUNT');
    const denied = await callSubgraph(service.url, OPEN, { input: openInput() }, { subject: 'x', role: 'funder_auditor', scopes: [] });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('never shows internals: an unexpected failure is masked with a reference', async () => {
    const { errors } = await callSubgraph(service.url, '{ programme(id: "not-a-uuid") { id } }');
    expect(errors).toBeUndefined();
  });
});
