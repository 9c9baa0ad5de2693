// Cross-service analytics end to end: a small programme built through the public API (as
// examples/partner-client's journey does), then the programme dashboard as ONE query through the
// gateway — funding's budget, passes' funnel, usage and people helped, territory's names and
// populations, partners' places — whose figures must reconcile with each service's own totals.
// Alerts for staff and open data for anyone, through the gateway too. Passes' demo is off.
import { randomUUID } from 'node:crypto';
import { DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { ApiSetup, eventually, openProgrammeOnTheApi, qualifyPlaceOnTheApi } from '@pass-numerique/testing';
import { startStack, type Stack } from './stack';

/** The dashboard of docs/analytics.md, as a front-end sends it. */
export const DASHBOARD = `query ProgrammeDashboard($id: ID!, $asOf: Date, $first: Int = 200) {
  programme(id: $id) {
    id code name startsOn endsOn
    perimeter { level code name population placeCount(qualifiedOnly: true) }
    budget(asOf: $asOf) {
      asOf authorised { cents } committed { cents } paid { cents } remaining { cents } toPay { cents }
      years { budgetYear status planned { cents } actual { cents } forecast { cents } }
      forecast { dailyPace { cents } unpaidAtScheduleEnd { cents } }
      passesUsed
    }
    passes {
      funnel { ...Funnel }
      peopleHelped { ...Helped }
      regions: usageBreakdown(by: REGION, first: $first) { ...TerritoryRows }
      departements: usageBreakdown(by: DEPARTEMENT, first: $first) { ...TerritoryRows }
      epcis: usageBreakdown(by: EPCI, first: $first) { ...TerritoryRows }
      zones: usageBreakdown(by: ZONE, first: $first) { ...TerritoryRows }
      communes: usageColumns(by: COMMUNE) { keys handedOut redeemed usageRate activatedUsageRate peopleHelped costPerPersonCents population }
      distributors: usageBreakdown(by: DISTRIBUTOR, first: $first) { totalCount nodes { key organisation { id name } funnel { ...Funnel } peopleHelped { ...Helped } } }
      places: usageBreakdown(by: PLACE, first: $first) { totalCount nodes { key place { id name address { inseeCode } } funnel { redeemed reimbursed } } }
      publics: usageBreakdown(by: PUBLIC, first: $first) { totalCount nodes { public funnel { ...Funnel } peopleHelped { ...Helped } } }
    }
  }
  placesOpenByCommune: placeCountColumns(level: COMMUNE, qualifiedOnly: true) { keys counts }
}
fragment Funnel on PassFunnel { ordered activated allocated handedOut redeemed reimbursed expired credited usageRate activatedUsageRate }
fragment Helped on PeopleHelped { count passesCost { cents } costPerPerson { cents } }
fragment TerritoryRows on UsageRowConnection {
  totalCount
  nodes { key territory { level code name population placeCount(qualifiedOnly: true) } funnel { ...Funnel } peopleHelped { ...Helped } }
}`;

type Funnel = Record<'ordered' | 'activated' | 'allocated' | 'handedOut' | 'redeemed' | 'reimbursed' | 'expired' | 'credited', number> & { usageRate: number | null };
type Helped = { count: number; passesCost: { cents: number }; costPerPerson: { cents: number } | null };
type Row = { key: string; territory: { level: string; code: string; name: string; population: number; placeCount: number | null }; funnel: Funnel; peopleHelped: Helped };

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('analytics: the programme dashboard, alerts and open data through the gateway', () => {
  let stack: Stack;
  let manager: Record<string, string>;
  let programmeId: string;
  let zoneId: string;
  const [nearSomme, nearNord] = DEMO_PARTNER_IDS.distributors;
  const amiensPlace = DEMO_PLACES.find((p) => p.inseeCode === '80021')!;
  const lillePlace = DEMO_PLACES.find((p) => p.inseeCode === '59350')!;

  const staff = async <Data = any>(query: string, variables: Record<string, unknown> = {}): Promise<Data> => {
    const r = await stack.query<Data>(query, variables, manager);
    if (r.errors?.length) throw Object.assign(new Error(`${r.errors[0].extensions?.code}: ${r.errors[0].message}`), { code: r.errors[0].extensions?.code });
    return r.data as Data;
  };
  /** Retries while an event has not reached the service yet. */
  const once = <T>(call: () => Promise<T>, notYet: string[]) =>
    eventually(async () => {
      try {
        return await call();
      } catch (error) {
        if (notYet.includes((error as { code?: string }).code ?? '')) return undefined;
        throw error;
      }
    }, 20_000, `past ${notYet.join(', ')}`);

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    const api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    const today = new Date().toISOString().slice(0, 10);
    const code = `ANALYTICS-${randomUUID().slice(0, 8).toUpperCase()}`;

    // A programme for the Hauts-de-France, two distributors (Somme, Nord), a zone (Amiens Métropole).
    const programme = await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'REGION', code: '32' }, amount: '2000.00', code });
    programmeId = programme.id;
    manager = programme.staff.manager;
    // A third place qualified for the programme, where nobody has redeemed a pass yet.
    const idlePlace = DEMO_PLACES.find((p) => p.inseeCode.startsWith('62'))!;
    for (const place of [amiensPlace, lillePlace, idlePlace]) await qualifyPlaceOnTheApi(api, programme, place);
    for (const [organisationId, departement] of [[nearSomme, '80'], [nearNord, '59']]) {
      await staff(`mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id } }`, {
        input: { programmeId, organisationId, role: 'DISTRIBUTOR', scope: { level: 'DEPARTEMENT', code: departement }, startsOn: today },
      });
    }
    zoneId = (await staff(`mutation($input: DefineZoneInput!) { defineZone(input: $input) { id } }`, { input: { name: `Métropole ${code}`, programmeId, epcis: ['248000531'] } })).defineZone.id;

    // Orders: 6 booklets for the région, and 1 for the zone (placed once passes knows the zone).
    const main = (await once(() => staff(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`, { input: { programmeId, bookletCount: 6 } }), ['PROGRAMME_UNKNOWN'])).placeOrder.id;
    const zoned = (await once(() => staff(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`, { input: { programmeId, bookletCount: 1, perimeter: { level: 'ZONE', code: zoneId } } }), ['UNKNOWN_ZONE'])).placeOrder.id;
    const codes = new Map<string, string>();
    const booklets = new Map<string, string[]>();
    for (const orderId of [main, zoned]) {
      await staff(`mutation($id: ID!) { markOrderDelivered(orderId: $id) { status } }`, { id: orderId });
      await staff(`mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "MANDAT-${code}") { status } }`, { id: orderId });
      const { exportPrintFile } = await staff(`mutation($id: ID!) { exportPrintFile(orderId: $id) { csv } }`, { id: orderId });
      for (const [booklet, pass, verification] of exportPrintFile.csv.trim().split('\n').slice(1).map((l: string) => l.split(','))) {
        codes.set(pass, verification);
        booklets.set(booklet, [...(booklets.get(booklet) ?? []), pass]);
      }
    }
    const allocate = async (distributor: string) =>
      (
        await once(
          () => staff(`mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id number } }`, { input: { distributorOrganisationId: distributor, orderId: main, count: 3 } }),
          ['NOT_A_DISTRIBUTOR', 'AGREEMENT_NOT_IN_FORCE'],
        )
      ).allocateBooklets as Array<{ id: string; number: string }>;
    const [s1, s2, s3] = await allocate(nearSomme);
    const [n1, n2] = await allocate(nearNord); // its third booklet stays idle
    const handOut = (target: Record<string, string>, commune: string, ageBand = 'FROM_45_TO_59') =>
      staff(`mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, {
        input: { ...target, profile: { ageBand, situation: 'FAR_FROM_EMPLOYMENT', residenceInseeCode: commune, consent: true } },
      });
    await handOut({ bookletId: s1.id }, '80021'); // Amiens, in the zone
    await handOut({ bookletId: s2.id }, '80001'); // Abbeville
    await handOut({ passNumber: booklets.get(s3.number)![0] }, '80021', 'FROM_16_TO_25'); // one pass, a young person
    await handOut({ bookletId: n1.id }, '59350'); // Lille
    await handOut({ bookletId: n2.id }, '59512'); // Roubaix
    const redeem = (pass: string, placeId: string) =>
      once(
        () => staff(`mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, { input: { pass: { passNumber: pass, code: codes.get(pass) }, placeId, idempotencyKey: randomUUID() } }),
        ['PLACE_NOT_QUALIFIED'],
      );
    for (const pass of booklets.get(s1.number)!.slice(0, 4)) await redeem(pass, amiensPlace.id);
    for (const pass of booklets.get(n1.number)!.slice(0, 3)) await redeem(pass, lillePlace.id);
    // The read models fed by events: people helped (passes), the money (funding).
    await eventually(async () => {
      const d = await staff(`query($id: ID!) { programme(id: $id) { budget { passesUsed committed { cents } paid { cents } } passes { peopleHelped { count } } } }`, { id: programmeId });
      const p = d.programme;
      return p.passes.peopleHelped.count === 5 && p.budget.passesUsed === 7 && p.budget.committed.cents === 72_800 && p.budget.paid.cents === 72_800 ? true : undefined;
    }, 20_000, 'people helped and the money to reach their read models');
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('answers the whole dashboard in one query, joined across the four services', async () => {
    const r = await stack.query(DASHBOARD, { id: programmeId }, manager);
    expect(r.errors).toBeUndefined();
    const { programme } = r.data;
    expect(programme.perimeter).toMatchObject({ level: 'REGION', code: '32', name: 'Hauts-de-France' });
    expect(programme.budget).toMatchObject({ authorised: { cents: 200_000 }, committed: { cents: 72_800 }, paid: { cents: 72_800 }, remaining: { cents: 127_200 }, passesUsed: 7 });
    // 70 passes ordered; 60 allocated; 41 handed out to 5 people; 7 redeemed.
    expect(programme.passes.funnel).toMatchObject({ ordered: 70, activated: 70, allocated: 60, handedOut: 41, redeemed: 7, usageRate: 0.1707, activatedUsageRate: 0.1 });
    expect(programme.passes.peopleHelped).toEqual({ count: 5, passesCost: { cents: 42_640 }, costPerPerson: { cents: 8_528 } });
    const somme = programme.passes.departements.nodes.find((n: Row) => n.key === '80');
    expect(somme).toMatchObject({ territory: { name: 'Somme' }, funnel: { handedOut: 21, redeemed: 4 }, peopleHelped: { count: 3 } });
    expect(programme.passes.zones.nodes).toEqual([expect.objectContaining({ key: zoneId, territory: expect.objectContaining({ level: 'ZONE', placeCount: null }), funnel: expect.objectContaining({ ordered: 10, handedOut: 11 }) })]);
    expect(programme.passes.distributors.nodes.map((n: { organisation: { name: string } }) => n.organisation.name)).toEqual([expect.any(String), expect.any(String)]);
    expect(programme.passes.places.nodes).toEqual(expect.arrayContaining([expect.objectContaining({ key: amiensPlace.id, place: expect.objectContaining({ name: amiensPlace.name }), funnel: { redeemed: 4, reimbursed: 0 } })]));
    expect(programme.passes.publics.nodes.map((n: { public: string; peopleHelped: Helped }) => [n.public, n.peopleHelped.count])).toEqual([
      ['FAR_FROM_EMPLOYMENT', 5],
      ['YOUNG_PEOPLE', 1],
    ]);
  });

  it('reconciles: the parts add up to the programme, and each service agrees with the others', async () => {
    const { programme, placesOpenByCommune } = (await stack.query(DASHBOARD, { id: programmeId }, manager)).data;
    const passes = programme.passes;
    const total: Funnel = passes.funnel;
    // Every territorial level, the distributors and the communes add up to the programme's hand-outs and later stages.
    for (const level of ['regions', 'departements'] as const) {
      const rows: Row[] = passes[level].nodes;
      for (const stage of ['handedOut', 'redeemed', 'reimbursed', 'expired'] as const) expect(sum(rows.map((r) => r.funnel[stage]))).toBe(total[stage]);
      expect(sum(rows.map((r) => r.peopleHelped.count))).toBe(passes.peopleHelped.count);
      expect(sum(rows.map((r) => r.peopleHelped.passesCost.cents))).toBe(passes.peopleHelped.passesCost.cents);
    }
    expect(sum(passes.communes.handedOut)).toBe(total.handedOut);
    expect(sum(passes.communes.redeemed)).toBe(total.redeemed);
    expect(sum(passes.communes.peopleHelped)).toBe(passes.peopleHelped.count);
    const distributors: Row[] = passes.distributors.nodes;
    expect(sum(distributors.map((d) => d.funnel.handedOut))).toBe(total.handedOut);
    expect(sum(distributors.map((d) => d.funnel.allocated))).toBe(total.allocated);
    expect(sum(passes.places.nodes.map((p: { funnel: Funnel }) => p.funnel.redeemed))).toBe(total.redeemed);
    // Ordered and activated count at the orders' perimeters: the région's order and the zone's.
    const [region] = passes.regions.nodes as Row[];
    const [zone] = passes.zones.nodes as Row[];
    expect(region.funnel.ordered + zone.funnel.ordered).toBe(total.ordered);
    expect(region.funnel.activated + zone.funnel.activated).toBe(total.activated);
    // Usage rates are the counts' ratio everywhere.
    for (const row of [...passes.departements.nodes, ...distributors] as Row[]) expect(row.funnel.usageRate).toBeCloseTo(row.funnel.redeemed / row.funnel.handedOut, 4);

    // Funding's committed for pass orders = passes' ordered face value + fee; paid at activation
    // (prepaid operator); passes used = redeemed; funding's own reconciliation is at zero.
    const orders = await staff(`query($id: ID!) { passOrders(programmeId: $id) { edges { node { faceValueTotal { cents } fee { cents } } } } }`, { id: programmeId });
    const ordered = sum(orders.passOrders.edges.map((e: { node: { faceValueTotal: { cents: number }; fee: { cents: number } } }) => e.node.faceValueTotal.cents + e.node.fee.cents));
    const commitments = await staff(`query($id: ID!) { programme(id: $id) { commitments(kind: PASS_ORDER) { edges { node { amount { cents } } } } } passesReconciliation(programmeId: $id) { reconciled } }`, { id: programmeId });
    expect(sum(commitments.programme.commitments.edges.map((e: { node: { amount: { cents: number } } }) => e.node.amount.cents))).toBe(ordered);
    expect(programme.budget.committed.cents).toBe(ordered);
    expect(programme.budget.passesUsed).toBe(total.redeemed);
    expect(commitments.passesReconciliation.reconciled).toBe(true);
    // People helped cost what their passes cost: 41 passes × (10.00 + 4 %).
    expect(passes.peopleHelped.passesCost.cents).toBe(total.handedOut * 1_040);

    // Populations: territory's entity and passes' columns read the same reference data.
    const departementColumns = (await staff(`query($id: ID!) { programmePasses(programmeId: $id) { usageColumns(by: DEPARTEMENT) { keys population } } }`, { id: programmeId })).programmePasses.usageColumns;
    for (const row of passes.departements.nodes as Row[]) expect(row.territory.population).toBe(departementColumns.population[departementColumns.keys.indexOf(row.key)]);
    const communePopulation = (code: string) => passes.communes.population[passes.communes.keys.indexOf(code)];
    const amiens = (await staff(`{ territory(level: COMMUNE, code: "80021") { population } }`)).territory;
    expect(communePopulation('80021')).toBe(amiens.population);
    // Places open: partners' entity field and its columns agree.
    const departementPlaces = (await staff(`{ placeCountColumns(level: DEPARTEMENT) { keys counts } }`)).placeCountColumns;
    for (const row of passes.departements.nodes as Row[]) expect(row.territory.placeCount).toBe(departementPlaces.counts[departementPlaces.keys.indexOf(row.key)] ?? 0);
    expect(placesOpenByCommune.counts[placesOpenByCommune.keys.indexOf('80021')]).toBeGreaterThanOrEqual(1);
  });

  it('gives programme staff alerts, joined with the distributors’ names, and nobody else', async () => {
    const query = `query($id: ID!) { programme(id: $id) { passes { alerts {
      lowUsage(by: DISTRIBUTOR, minHandedOut: 1) { totalCount rows { organisation { name } funnel { usageRate } } }
      expiringPasses { totals { horizonDays handedOutNotRedeemed allocatedNotHandedOut } }
      placesWithoutRedemption(first: 5) { totalCount }
    } } } }`;
    const { alerts } = (await staff(query, { id: programmeId })).programme.passes;
    expect(alerts.lowUsage.totalCount).toBe(2);
    expect(alerts.lowUsage.rows[0].organisation.name).toEqual(expect.any(String));
    // The programme runs two more years: nothing is at risk yet.
    expect(alerts.expiringPasses.totals).toEqual([30, 15, 7].map((horizonDays) => ({ horizonDays, handedOutNotRedeemed: 0, allocatedNotHandedOut: 0 })));
    expect(alerts.placesWithoutRedemption.totalCount).toBeGreaterThan(0);
    const anonymous = await stack.query(query, { id: programmeId });
    expect(anonymous.data?.programme?.passes?.alerts ?? null).toBeNull();
    expect(anonymous.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('publishes open data for anyone, with no figure about fewer than 11 people, and the places in the national standard', async () => {
    const r = await stack.query(`query($id: ID!) { openPassFigures(programmeId: $id, level: COMMUNE) { threshold programme { peopleHelped suppression } rows { nodes { territory { code name } peopleHelped suppression } } } }`, { id: programmeId });
    expect(r.errors).toBeUndefined();
    const figures = r.data.openPassFigures;
    // 5 people in all: nothing can be published.
    expect(figures.programme).toEqual({ peopleHelped: null, suppression: 'PRIMARY' });
    expect(figures.rows.nodes.length).toBeGreaterThan(0);
    for (const row of figures.rows.nodes) expect(row.peopleHelped === null || row.peopleHelped >= figures.threshold).toBe(true);
    const csv = await stack.query(`query($id: ID!) { openPassFiguresCsv(programmeId: $id, level: DEPARTEMENT) }`, { id: programmeId });
    expect(csv.data.openPassFiguresCsv.split('\n')[0]).toBe('level,code,name,people_helped,passes_handed_out,passes_redeemed,usage_rate,suppression');
    const places = await stack.query(`{ placesCsv(qualifiedOnly: true) placeCountColumns(level: REGION) { keys counts } }`);
    expect(places.errors).toBeUndefined();
    expect(places.data.placesCsv.split('\n')[0]).toMatch(/^id,pivot,/);
    expect(places.data.placeCountColumns.keys).toContain('32');
  });

  it('gives the anonymous public the programme totals that open data publishes, and none of the dashboard’s rows (5 people helped: each row describes one or two)', async () => {
    const r = await stack.query(
      `query($id: ID!) { programme(id: $id) { passes { funnel { ordered handedOut redeemed } peopleHelped { count } communes: usageColumns(by: COMMUNE) { csv } publics: usageBreakdown(by: PUBLIC) { nodes { key } } } }
        territory(level: COMMUNE, code: "80021") { name passFunnel(programmeId: $id) { handedOut } } }`,
      { id: programmeId },
    );
    // Passes ordered are no one; passes handed out and redeemed, and people helped, describe 5 people: suppressed as open data suppresses them.
    expect(r.data.programme.passes.funnel).toEqual({ ordered: 70, handedOut: null, redeemed: null });
    expect(r.data.programme.passes.peopleHelped).toEqual({ count: null });
    expect(r.data.programme.passes).toMatchObject({ communes: null, publics: null });
    expect(r.data.territory).toEqual({ name: 'Amiens', passFunnel: null });
    expect(r.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });
});
