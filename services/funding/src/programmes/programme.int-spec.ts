// Integration: the funding subgraph on a real PostgreSQL and NATS, called as the gateway would.
import { randomUUID } from 'node:crypto';
import { DEMO_PASSES_HISTORY, DEMO_REGION, DEPARTEMENT_DEMO, FOUNDING_DECISION, FUNDING_DEMO, PASSES_DEMO_IDS, PILOT_DEMO, PILOT_ZONE } from '@pass-numerique/demo-programme';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { caller, callSubgraph, eventually, lastPublishedEvent, postGraphQL, useTestService } from '@pass-numerique/testing';
import { startFundingService } from '../server';
import { closeDemoProgrammeIfSettled } from '../demo/close-demo-programmes';
import { OPERATOR } from '../testing/funding-test-kit';

const PROGRAMME = `query($code: String!) { programmeByCode(code: $code) {
  id code name endsOn perimeter { level code } owner { id }
  deliberations { decidedOn body vote { for against abstention present proxies } outcome cites }
  authorisations { kind amount { cents amount formatted } imputation { label nomenclature } schedule { budgetYear amount { amount } } }
  authorised { cents }
} }`;

const OPEN = `mutation($input: OpenProgrammeInput!) { openProgramme(input: $input) { id code owner { id } } }`;

function openInput(overrides: Record<string, unknown> = {}) {
  const { deliberation, authorisation } = FOUNDING_DECISION;
  return {
    code: `TEST-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    name: 'Programme de test',
    ownerOrganisationId: randomUUID(),
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
  const { config, service } = useTestService('funding', startFundingService, { logLevel: 'error', loadDemoData: true });
  const publicly = (query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, ANONYMOUS);
  const asOperator = (query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, OPERATOR);
  /** What the outbox holds for a programme code: the proof that nothing was announced. */
  const announced = async (code: string) =>
    (await service.dataSource.query(`SELECT count(*)::int AS count FROM outbox_event WHERE payload->>'code' = $1`, [code]))[0].count as number;

  it('refuses any request that does not carry the gateway signature, _entities included', async () => {
    const entities = await postGraphQL(service.url, `{ _entities(representations: [{ __typename: "Programme", id: "${FOUNDING_DECISION.programme.id}" }]) { ... on Programme { name } } }`);
    expect(entities.status).toBe(401);
    expect(entities.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(entities.data).toBeUndefined();

    const forged = await callSubgraph(service.url, '{ programmes { code } }', {}, ANONYMOUS, 'another-secret-of-at-least-thirty-two-chars');
    expect(forged.status).toBe(401);
  });

  it('leaves the demo programme open while the passes history has not reached funding', async () => {
    // Funding alone: no order, no credit note has arrived, so closing would release the whole authorisation.
    const outcome = await closeDemoProgrammeIfSettled(service.services, { history: DEMO_PASSES_HISTORY, ...FUNDING_DEMO.closing }, 0);
    expect(outcome).toBe('waiting');
    const [programme] = await service.services.programmeRepository.findByIds([FOUNDING_DECISION.programme.id]);
    expect(programme.status).toBe('OPEN');
  });

  it('serves the founding decision of the demo programme to anyone, to the cent', async () => {
    const { data, errors } = await publicly(PROGRAMME, { code: FOUNDING_DECISION.programme.code });
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
    const { data } = await publicly('{ programmes { code } }');
    expect(data.programmes.filter((p: { code: string }) => p.code === FOUNDING_DECISION.programme.code)).toHaveLength(1);
    expect(data.programmes.filter((p: { code: string }) => p.code === DEPARTEMENT_DEMO.programme.code)).toHaveLength(1);
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM co_funder WHERE programme_id = $1`, [DEPARTEMENT_DEMO.programme.id]);
    expect(count).toBe(1);
  });

  it('opens a programme and publishes funding.programme.opened.v1 through the outbox', async () => {
    const input = openInput();
    const { data, errors } = await asOperator(OPEN, { input });
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
    const { errors } = await asOperator(OPEN, { input });
    expect(errors?.[0].extensions).toMatchObject({ code: 'SCHEDULE_DOES_NOT_SUM', field: 'authorisation.schedule', scheduledCents: 99_999 });
    const { data } = await publicly(PROGRAMME, { code: input.code });
    expect(data.programmeByCode).toBeNull();
    expect(await announced(input.code)).toBe(0);
  });

  it('refuses a duplicate code with a conflict code', async () => {
    const input = openInput();
    expect((await asOperator(OPEN, { input })).errors).toBeUndefined();
    const { errors } = await asOperator(OPEN, { input });
    expect(errors?.[0].extensions?.code).toBe('PROGRAMME_CODE_TAKEN');
  });

  it('refuses amounts with more than two decimals, and callers who are neither programme managers nor the platform operator', async () => {
    const input = openInput({ authorisation: { ...openInput().authorisation, amount: '1000.001' } });
    expect((await asOperator(OPEN, { input })).errors?.[0].extensions?.code).toBe('INVALID_AMOUNT');
    for (const role of ['funder_auditor', 'finance_officer'] as const) {
      const refused = openInput();
      const denied = await callSubgraph(service.url, OPEN, { input: refused }, caller(role, { programmeId: FOUNDING_DECISION.programme.id, organisationId: refused.ownerOrganisationId }));
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await announced(refused.code)).toBe(0);
    }
    const denied = await publicly(OPEN, { input: openInput() });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a programme manager open a programme in the name of its own organisation only', async () => {
    const own = randomUUID();
    const manager = caller('programme_manager', { programmeId: FOUNDING_DECISION.programme.id, organisationId: own });
    const open = (input: Record<string, unknown>) => callSubgraph(service.url, OPEN, { input }, manager);

    const named = await open(openInput({ ownerOrganisationId: own }));
    expect(named.errors).toBeUndefined();
    expect(named.data.openProgramme.owner).toEqual({ id: own });
    // Left out, the owner is the manager's own organisation.
    const unnamed = await open(openInput({ ownerOrganisationId: undefined }));
    expect(unnamed.errors).toBeUndefined();
    expect(unnamed.data.openProgramme.owner).toEqual({ id: own });

    for (const ownerOrganisationId of [randomUUID(), DEMO_REGION.organisationId]) {
      const input = openInput({ ownerOrganisationId });
      const { data, errors } = await open(input);
      expect(data).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'ownerOrganisationId' });
      expect((await publicly(PROGRAMME, { code: input.code })).data.programmeByCode).toBeNull();
      expect(await announced(input.code)).toBe(0);
    }
    // A refused caller does not learn whether a code is taken.
    const taken = await open(openInput({ code: FOUNDING_DECISION.programme.code, ownerOrganisationId: DEMO_REGION.organisationId }));
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'ownerOrganisationId' });

    // A manager who acts for no organisation has none to open a programme for.
    const homeless = caller('programme_manager', { programmeId: FOUNDING_DECISION.programme.id });
    const input = openInput({ ownerOrganisationId: undefined });
    const refused = await callSubgraph(service.url, OPEN, { input }, homeless);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'ownerOrganisationId' });
    expect(await announced(input.code)).toBe(0);
  });

  it('lets the platform operator open a programme for any authority it names, and only one it names', async () => {
    for (const ownerOrganisationId of [randomUUID(), DEMO_REGION.organisationId]) {
      const { data, errors } = await asOperator(OPEN, { input: openInput({ ownerOrganisationId }) });
      expect(errors).toBeUndefined();
      expect(data.openProgramme.owner).toEqual({ id: ownerOrganisationId });
    }
    const input = openInput({ ownerOrganisationId: undefined });
    const { data, errors } = await asOperator(OPEN, { input });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'ownerOrganisationId' });
    expect((await publicly(PROGRAMME, { code: input.code })).data.programmeByCode).toBeNull();
    expect(await announced(input.code)).toBe(0);
  });

  it("serves the Département de la Somme's demo programme next to the Région's, said to be demonstration data, and announced to the other services", async () => {
    const { data, errors } = await publicly(
      `query($code: String!) { programmeByCode(code: $code) { id name owner { id } perimeter { level code } startsOn endsOn settlementModel
        deliberations { id number decidedOn subject vote { for abstention present proxies } outcome kind assumption }
        authorisations { id kind budgetYear amount { cents } imputation { label nomenclature } schedule { budgetYear amount { cents } } }
        fundingPlan { balanced planned { cents } coFunders { id organisation { id } displayName rule status planned { cents } } } } }`,
      { code: DEPARTEMENT_DEMO.programme.code },
    );
    expect(errors).toBeUndefined();
    const { programme, deliberation, authorisation, coFunders } = DEPARTEMENT_DEMO;
    expect(data.programmeByCode).toMatchObject({
      id: programme.id,
      name: programme.name,
      owner: { id: DEPARTEMENT_DEMO.ownerOrganisationId },
      perimeter: { level: 'DEPARTEMENT', code: '80' },
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
      settlementModel: 'PREPAID_OPERATOR',
      deliberations: [{ id: deliberation.id, number: deliberation.number, decidedOn: deliberation.decidedOn, vote: { for: 44, abstention: 2, present: 40, proxies: 6 }, outcome: 'ADOPTED' }],
      authorisations: [
        {
          id: authorisation.id,
          kind: 'AE',
          budgetYear: 2021,
          amount: { cents: 2_080_000 },
          imputation: { label: '935/58/6568/INCL-NUM-2021', nomenclature: 'M52' },
          schedule: [
            { budgetYear: 2021, amount: { cents: 1_248_000 } },
            { budgetYear: 2022, amount: { cents: 832_000 } },
          ],
        },
      ],
      fundingPlan: {
        balanced: true,
        planned: { cents: 2_080_000 },
        coFunders: [{ id: coFunders[0].id, organisation: { id: DEPARTEMENT_DEMO.ownerOrganisationId }, rule: 'REMAINDER', status: 'GRANTED', planned: { cents: 2_080_000 } }],
      },
    });
    expect(data.programmeByCode.deliberations[0]).toMatchObject({ subject: deliberation.subject, kind: 'OPENING', assumption: DEPARTEMENT_DEMO.assumption });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM outbox_event WHERE type = 'funding.programme.opened.v1' AND payload->>'programmeId' = $1 AND payload->>'ownerOrganisationId' = $2`, [
      programme.id,
      DEPARTEMENT_DEMO.ownerOrganisationId,
    ]);
    expect(count).toBe(1);
  });

  it('serves the 2019 pilot as a programme of its own: the pact zone as perimeter, its two deliberations, and what the sources do not say', async () => {
    const { data, errors } = await publicly(
      `query($code: String!) { programmeByCode(code: $code) { id perimeter { level code } startsOn endsOn status
        deliberations { id number decidedOn body vote { for } outcome kind assumption }
        periods { version deliberation { number } endsOn }
        authorisations { amount { amount } schedule { budgetYear amount { amount } } versions { version deliberation { number } amount { amount } } }
        fundingPlan { balanced coFunders { rule planned { amount } assumption } versions { version deliberation { number } } } } }`,
      { code: PILOT_DEMO.programme.code },
    );
    expect(errors).toBeUndefined();
    const pilot = data.programmeByCode;
    // The passes service's demo names the pilot by the same id.
    expect(pilot).toMatchObject({ id: PASSES_DEMO_IDS.pilotProgramme, perimeter: { level: 'ZONE', code: PILOT_ZONE.id }, startsOn: '2019-05-06', endsOn: '2020-12-31', status: 'OPEN' });
    expect(pilot.deliberations.map((d: { number: string; decidedOn: string; kind: string; vote: unknown }) => [d.number, d.decidedOn, d.kind, d.vote])).toEqual([
      ['2019.00610', '2019-03-28', 'OPENING', null],
      ['2019.01475', '2019-06-27', 'AMENDMENT', null],
    ]);
    expect(pilot.deliberations.every((d: { assumption: string }) => d.assumption.includes('52 000,00 €'))).toBe(true);
    // The amendment changed no figure: one period, one version of the authorisation.
    expect(pilot.periods).toEqual([{ version: 1, deliberation: { number: '2019.00610' }, endsOn: '2020-12-31' }]);
    expect(pilot.authorisations).toEqual([
      { amount: { amount: '52000.00' }, schedule: [{ budgetYear: 2019, amount: { amount: '52000.00' } }], versions: [{ version: 1, deliberation: { number: '2019.00610' }, amount: { amount: '52000.00' } }] },
    ]);
    expect(pilot.fundingPlan).toMatchObject({ balanced: true, coFunders: [{ rule: 'REMAINDER', planned: { amount: '52000.00' } }], versions: [{ version: 1, deliberation: null }] });
    expect(pilot.fundingPlan.coFunders[0].assumption).toBeTruthy();
    const announced = await service.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'funding.programme.opened.v1' AND payload->>'programmeId' = $1`, [PILOT_DEMO.programme.id]);
    expect(announced.map((row: { payload: { perimeter: unknown } }) => row.payload.perimeter)).toEqual([{ level: 'ZONE', code: PILOT_ZONE.id }]);
  });

  it('refuses a perimeter code that is not one of its level, and names a zone by its id', async () => {
    for (const perimeter of [{ level: 'ZONE', code: 'Sambre' }, { level: 'DEPARTEMENT', code: '8' }, { level: 'EPCI', code: '20004339' }, { level: 'COMMUNE', code: '00123' }, { level: 'REGION', code: 'HDF' }]) {
      const input = openInput({ perimeter });
      const { errors } = await asOperator(OPEN, { input });
      expect({ perimeter, ...errors?.[0].extensions }).toMatchObject({ code: 'INVALID_PERIMETER', field: 'perimeter.code' });
      expect(await announced(input.code)).toBe(0);
    }
    const zone = openInput({ perimeter: { level: 'ZONE', code: PILOT_ZONE.id.toUpperCase() } });
    expect((await asOperator(OPEN, { input: zone })).errors).toBeUndefined();
    expect((await publicly(PROGRAMME, { code: zone.code })).data.programmeByCode.perimeter).toEqual({ level: 'ZONE', code: PILOT_ZONE.id });
  });

  it('records a deliberation whose vote is not known only with the assumption that says so', async () => {
    const input = openInput();
    (input.deliberation as Record<string, unknown>).vote = null;
    expect((await asOperator(OPEN, { input })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliberation.assumption' });
    (input.deliberation as Record<string, unknown>).assumption = 'Le procès-verbal du vote n’a pas été retrouvé.';
    expect((await asOperator(OPEN, { input })).errors).toBeUndefined();
    const rejected = openInput();
    (rejected.deliberation as Record<string, unknown>).outcome = 'REJECTED';
    expect((await asOperator(OPEN, { input: rejected })).errors?.[0].extensions).toMatchObject({ code: 'DELIBERATION_NOT_ADOPTED', field: 'deliberation.outcome' });
  });

  it('never shows internals: an unexpected failure is masked with a reference', async () => {
    const { errors } = await publicly('{ programme(id: "not-a-uuid") { id } }');
    expect(errors).toBeUndefined();
  });
});
