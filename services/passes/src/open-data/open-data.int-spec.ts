// Integration: open data for anonymous callers, with small-count suppression on a constructed
// programme — 30 people in the Somme: 15 in Amiens, 3 in Abbeville, 12 in Péronne, each commune in
// its own EPCI. Abbeville (3) must not be published, nor be recomputable from the Somme's total
// (so Péronne is hidden too), nor from its EPCI's; Péronne's EPCI would give Péronne away (hidden).
import { ManualClock } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import { parse } from 'csv-parse/sync';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { callSubgraph, eventually, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { activatedOrder, managerOf, openTestProgramme, signTestDistributor } from '../testing/passes-test-kit';

const anonymous = ANONYMOUS;
const TOTALS = `query($id: ID!) { programmePasses(programmeId: $id) { funnel { handedOut redeemed usageRate } peopleHelped { count } } }`;
const FIGURES = `query($id: ID!, $level: TerritoryLevel!) { openPassFigures(programmeId: $id, level: $level) {
  level threshold programme { peopleHelped passesHandedOut suppression }
  rows { totalCount nodes { territory { code } peopleHelped passesHandedOut passesRedeemed usageRate suppression } } } }`;

describe('open data', () => {
  const clock = new ManualClock('2021-03-01T09:00:00Z');
  const { service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock, expiryEveryMs: 0 });
  const geography = Geography.load();
  const epciOf = (commune: string) => geography.commune(commune)!.epci!;
  let programmeId: string;

  /** A programme of the Somme whose passes were handed out one by one to residents of these communes. */
  async function programmeHelping(residences: string[]): Promise<string> {
    const id = await openTestProgramme(service, { perimeter: { level: 'DEPARTEMENT', code: '80' } });
    const manager = managerOf(id);
    const distributor = (await signTestDistributor(service, id)).organisationId;
    const orderId = await activatedOrder(service.url, id, { bookletCount: Math.ceil(residences.length / 10) });
    const allocated = await callSubgraph(service.url, `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { passes { number } } }`, {
      input: { distributorOrganisationId: distributor, orderId, count: Math.ceil(residences.length / 10) },
    }, manager);
    const passes: string[] = allocated.data.allocateBooklets.flatMap((b: { passes: Array<{ number: string }> }) => b.passes.map((p) => p.number));
    for (const [i, commune] of residences.entries()) {
      const r = await callSubgraph(service.url, `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, {
        input: { passNumber: passes[i], profile: { ageBand: 'FROM_45_TO_59', situation: 'RETIRED', residenceInseeCode: commune, consent: true } },
      }, manager);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
    await eventually(async () => {
      const [row] = await service.dataSource.query(`SELECT people FROM people_helped_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME'`, [id]);
      return Number(row?.people) === residences.length;
    }, 10_000, 'people helped');
    return id;
  }

  beforeAll(async () => {
    programmeId = await programmeHelping([...Array(15).fill('80021'), ...Array(3).fill('80001'), ...Array(12).fill('80620')]);
  }, 60_000);

  const figures = async (level: string) => {
    const { data, errors } = await callSubgraph(service.url, FIGURES, { id: programmeId, level }, anonymous);
    expect(errors).toBeUndefined();
    return data.openPassFigures;
  };

  it('publishes communes with at least 11 people, and hides a small one together with the next smallest of its département', async () => {
    const communes = await figures('COMMUNE');
    expect(communes.threshold).toBe(11);
    expect(communes.programme).toEqual({ peopleHelped: 30, passesHandedOut: 30, suppression: null });
    expect(communes.rows.nodes).toEqual([
      { territory: { code: '80001' }, peopleHelped: null, passesHandedOut: null, passesRedeemed: null, usageRate: null, suppression: 'PRIMARY' },
      { territory: { code: '80021' }, peopleHelped: 15, passesHandedOut: 15, passesRedeemed: 0, usageRate: 0, suppression: null },
      { territory: { code: '80620' }, peopleHelped: null, passesHandedOut: null, passesRedeemed: null, usageRate: null, suppression: 'SECONDARY' },
    ]);
    // The Somme is published (30): 30 − 15 = 15 describes Abbeville and Péronne together, not Abbeville.
    const departements = await figures('DEPARTEMENT');
    expect(departements.rows.nodes).toEqual([expect.objectContaining({ territory: { code: '80' }, peopleHelped: 30, suppression: null })]);
  });

  it('hides the EPCIs that would give a hidden commune away', async () => {
    const epcis = await figures('EPCI');
    const byCode = Object.fromEntries(epcis.rows.nodes.map((n: { territory: { code: string }; peopleHelped: number | null; suppression: string | null }) => [n.territory.code, [n.peopleHelped, n.suppression]]));
    expect(byCode).toEqual({
      [epciOf('80021')]: [15, null],
      [epciOf('80001')]: [null, 'PRIMARY'],
      // Péronne is its EPCI's only commune with people: publishing the EPCI would publish Péronne.
      [epciOf('80620')]: [null, 'SECONDARY'],
    });
  });

  it('publishes the same as CSV, with official names and empty suppressed figures', async () => {
    const { data } = await callSubgraph(service.url, `query($id: ID!) { openPassFiguresCsv(programmeId: $id, level: COMMUNE) }`, { id: programmeId }, anonymous);
    const rows = parse(data.openPassFiguresCsv, { columns: true });
    expect(rows).toEqual([
      { level: 'PROGRAMME', code: '', name: 'programme', people_helped: '30', passes_handed_out: '30', passes_redeemed: '0', usage_rate: '0', suppression: '' },
      { level: 'COMMUNE', code: '80001', name: 'Abbeville', people_helped: '', passes_handed_out: '', passes_redeemed: '', usage_rate: '', suppression: 'PRIMARY' },
      { level: 'COMMUNE', code: '80021', name: 'Amiens', people_helped: '15', passes_handed_out: '15', passes_redeemed: '0', usage_rate: '0', suppression: '' },
      { level: 'COMMUNE', code: '80620', name: 'Péronne', people_helped: '', passes_handed_out: '', passes_redeemed: '', usage_rate: '', suppression: 'SECONDARY' },
    ]);
  });

  it("publishes a programme's totals in programmePasses as open data does: exact from 11 people, suppressed below for all but its readers", async () => {
    // 30 people: published, in open data and in the programme's totals alike.
    expect((await callSubgraph(service.url, TOTALS, { id: programmeId }, anonymous)).data.programmePasses).toEqual({
      funnel: { handedOut: 30, redeemed: 0, usageRate: 0 },
      peopleHelped: { count: 30 },
    });
    // One person: open data suppresses the programme's total, and so does programmePasses.
    const single = await programmeHelping(['80021']);
    const open = await callSubgraph(service.url, `query($id: ID!) { openPassFigures(programmeId: $id, level: COMMUNE) { programme { peopleHelped passesHandedOut suppression } } }`, { id: single }, anonymous);
    expect(open.data.openPassFigures.programme).toEqual({ peopleHelped: null, passesHandedOut: null, suppression: 'PRIMARY' });
    const totals = await callSubgraph(service.url, TOTALS, { id: single }, anonymous);
    expect(totals.errors).toBeUndefined();
    expect(totals.data.programmePasses).toEqual({ funnel: { handedOut: null, redeemed: null, usageRate: null }, peopleHelped: { count: null } });
    expect((await callSubgraph(service.url, TOTALS, { id: single }, managerOf(programmeId))).data).toEqual(totals.data);
    // Its own readers read it exactly.
    expect((await callSubgraph(service.url, TOTALS, { id: single }, managerOf(single))).data.programmePasses).toEqual({
      funnel: { handedOut: 1, redeemed: 0, usageRate: 0 },
      peopleHelped: { count: 1 },
    });
  });

  it('refuses zones (a zone cuts communes at will) and answers null for an unknown programme', async () => {
    const zone = await callSubgraph(service.url, `query($id: ID!) { openPassFigures(programmeId: $id, level: ZONE) { level } }`, { id: programmeId }, anonymous);
    expect(zone.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await callSubgraph(service.url, `{ openPassFigures(programmeId: "00000000-0000-4000-8000-000000000000", level: COMMUNE) { level } }`, {}, anonymous);
    expect(unknown.data.openPassFigures).toBeNull();
  });
});
