// The platform end to end: four subgraphs on real PostgreSQL and JetStream behind the gateway.
import { DEMO_REGION, FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import { caller, callSubgraph, eventually, postGraphQL } from '@pass-numerique/testing';
import { startStack, type Stack } from './stack';

const FOUNDING = `query($code: String!) {
  programmeByCode(code: $code) {
    id name endsOn
    authorised { amount }
    deliberations { decidedOn body vote { for against abstention } outcome }
    authorisations { imputation { label nomenclature } schedule { budgetYear amount { amount } } }
    owner { id name siret }
    perimeter { level code name ancestors { level } children(first: 10) { totalCount } }
    passes { code endsOn funnel { ordered redeemed } }
  }
}`;

const OPEN = `mutation($input: OpenProgrammeInput!) { openProgramme(input: $input) { id } }`;

function programmeInput(code: string) {
  const { deliberation, authorisation } = FOUNDING_DECISION;
  return {
    code,
    name: `Programme ${code}`,
    ownerOrganisationId: DEMO_REGION.organisationId,
    perimeter: { level: 'DEPARTEMENT', code: '80' },
    startsOn: '2024-01-01',
    endsOn: '2025-12-31',
    deliberation: { ...deliberation, id: undefined },
    authorisation: {
      kind: 'AE',
      amount: '5000.00',
      budgetYear: 2024,
      imputation: authorisation.imputation,
      schedule: [{ budgetYear: 2024, amount: '5000.00' }],
    },
  };
}

describe('the platform through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    // Passes' demo history is large and not what this file checks; its programme still arrives by event.
    stack = await startStack({ loadDemoData: { passes: false } });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('serves the founding decision joined across the four services, the passes part fed by a NATS event', async () => {
    const response = await eventually(async () => {
      const r = await stack.query(FOUNDING, { code: FOUNDING_DECISION.programme.code });
      return r.data?.programmeByCode?.passes ? r : undefined;
    }, 20_000, 'the passes service to learn of the programme');
    expect(response.errors).toBeUndefined();
    const programme = response.data.programmeByCode;
    expect(programme).toMatchObject({
      id: FOUNDING_DECISION.programme.id,
      endsOn: '2021-12-31',
      authorised: { amount: '763900.00' },
      deliberations: [{ decidedOn: '2020-02-04', body: 'STANDING_COMMITTEE', vote: { for: 52, against: 0, abstention: 0 }, outcome: 'ADOPTED_UNANIMOUSLY' }],
      authorisations: [
        {
          imputation: { label: '935/56/6518/56000017', nomenclature: 'M71' },
          schedule: [
            { budgetYear: 2020, amount: { amount: '244450.00' } },
            { budgetYear: 2021, amount: { amount: '427780.00' } },
            { budgetYear: 2022, amount: { amount: '91670.00' } },
          ],
        },
      ],
      owner: { id: DEMO_REGION.organisationId, name: DEMO_REGION.name, siret: DEMO_REGION.siret },
      perimeter: { level: 'REGION', code: '32', name: 'Hauts-de-France', children: { totalCount: 5 } },
      passes: { code: FOUNDING_DECISION.programme.code, endsOn: '2021-12-31', funnel: { ordered: 0, redeemed: 0 } },
    });
  });

  it('walks commune → EPCI → département → région in one federated query', async () => {
    const { data, errors } = await stack.query(`{ territory(level: COMMUNE, code: "80620") { name ancestors { level code name } } }`);
    expect(errors).toBeUndefined();
    expect(data.territory.name).toBe('Péronne');
    expect(data.territory.ancestors.map((t: { level: string }) => t.level)).toEqual(['EPCI', 'DEPARTEMENT', 'REGION']);
    expect(data.territory.ancestors.slice(1)).toEqual([
      { level: 'DEPARTEMENT', code: '80', name: 'Somme' },
      { level: 'REGION', code: '32', name: 'Hauts-de-France' },
    ]);
  });

  it('loses no event and applies none twice when the consuming service was down', async () => {
    const codes = ['E2E-DOWN-1', 'E2E-DOWN-2', 'E2E-DOWN-3'];
    await stack.stopService('passes');
    const ids: string[] = [];
    for (const code of codes) {
      const { data, errors } = await callSubgraph(stack.services.funding!.url, OPEN, { input: programmeInput(code) }, caller('platform_operator'));
      expect(errors).toBeUndefined();
      ids.push(data.openProgramme.id);
    }
    await stack.restartService('passes');
    for (const code of codes) {
      await eventually(async () => (await stack.query(FOUNDING, { code })).data?.programmeByCode?.passes?.code === code, 20_000, `passes to learn of ${code}`);
    }
    const rows = await stack.services.passes!.dataSource.query(
      `SELECT event_id FROM processed_event WHERE event_type = 'funding.programme.opened.v1' AND consumer = 'passes'`,
    );
    const fundingEvents = await stack.services.funding!.dataSource.query(
      `SELECT id FROM outbox_event WHERE type = 'funding.programme.opened.v1' AND payload->>'programmeId' = ANY($1)`,
      [ids],
    );
    const processed = new Set(rows.map((r: { event_id: string }) => r.event_id));
    for (const { id } of fundingEvents) expect(processed.has(id)).toBe(true);
    expect(rows.length).toBe(new Set(rows.map((r: { event_id: string }) => r.event_id)).size);
  });

  it('refuses anonymous writes with a coded error and changes nothing', async () => {
    const { errors } = await stack.query(OPEN, { input: programmeInput('E2E-ANONYMOUS') });
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { data } = await stack.query(`{ programmeByCode(code: "E2E-ANONYMOUS") { id } }`);
    expect(data.programmeByCode).toBeNull();
  });

  it('answers bad input with a coded error and never an internal message', async () => {
    const malformed = await stack.query(`{ territory(level: COMMUNE, code: "ABC") { name } }`);
    expect(malformed.errors?.[0].extensions?.code).toBe('MALFORMED_CODE');
    const syntax = await stack.query(`{ programmes { `);
    // The token limit parses the document first, so a syntax error surfaces as a validation failure.
    expect(syntax.errors?.[0].extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(syntax.errors?.[0].message).toMatch(/Syntax Error/);
    const unknownField = await stack.query(`{ programmes { nope } }`);
    expect(unknownField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const e of [...malformed.errors!, ...syntax.errors!, ...unknownField.errors!]) {
      expect(JSON.stringify(e)).not.toMatch(/stack|SELECT|at \w+ \(|node_modules/);
    }
  });

  it('keeps the subgraphs closed to anyone but the gateway', async () => {
    for (const service of Object.values(stack.services)) {
      const direct = await postGraphQL(service!.url, `{ _service { sdl } }`);
      expect(direct.status).toBe(401);
    }
  });

  it('with one subgraph down, answers the rest and reports the missing part with a code, then recovers without a restart', async () => {
    await stack.stopService('partners');
    try {
      const started = Date.now();
      const { data, errors } = await stack.query(`query($code: String!) { programmeByCode(code: $code) { name owner { name } } }`, {
        code: FOUNDING_DECISION.programme.code,
      });
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(data.programmeByCode.name).toBe(FOUNDING_DECISION.programme.name);
      expect(data.programmeByCode.owner).toBeNull();
      expect(errors?.[0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    } finally {
      await stack.restartService('partners');
    }
    const { data, errors } = await stack.query(`query($code: String!) { programmeByCode(code: $code) { owner { name } } }`, {
      code: FOUNDING_DECISION.programme.code,
    });
    expect(errors).toBeUndefined();
    expect(data.programmeByCode.owner.name).toBe(DEMO_REGION.name);
  });
});
