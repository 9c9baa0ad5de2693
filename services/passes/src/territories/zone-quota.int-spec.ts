// Integration: a zone's pass quota (territory's passQuota), held for the zone's programme on
// orders placed inside the zone and on passes handed out to its residents, concurrent hand-outs
// included; refusals name the field and what the quota still allows, and write nothing.
import { randomUUID } from 'node:crypto';
import { ZoneDefinedV1 } from '@pass-numerique/event-contracts';
import { ManualClock } from '@pass-numerique/kernel';
import { callSubgraph, eventually, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { allocatedBooklets, managerOf, openTestProgramme, PLACE_ORDER, publishEvent } from '../testing/passes-test-kit';

const HAND_OUT = `mutation($input: HandOutInput!) { handOut(input: $input) { passCount } }`;
const profile = (residenceInseeCode: string) => ({ ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode, consent: true });

describe('zone pass quotas', () => {
  const { service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock: new ManualClock('2020-06-01T10:00:00Z'), expiryEveryMs: 0 });
  const call = (query: string, variables: Record<string, unknown>, programmeId: string) => callSubgraph(service.url, query, variables, managerOf(programmeId));

  /** A zone of the programme (Abbeville and Amiens) with this quota, as territory announces it. */
  async function zoneOf(programmeId: string | null, passQuota: number | null): Promise<string> {
    const zoneId = randomUUID();
    const memberCommunes = ['80001', '80021'];
    await publishEvent(service.bus, ZoneDefinedV1, {
      zoneId, programmeId, name: `Zone ${zoneId.slice(0, 8)}`, passQuota, note: null, definition: { communes: memberCommunes, epcis: [] }, memberCommunes, population: 150_000, version: 1, at: new Date().toISOString(),
    });
    await eventually(async () => (await service.dataSource.query(`SELECT 1 FROM zone WHERE id = $1`, [zoneId])).length > 0, 10_000, 'the zone');
    return zoneId;
  }

  const orderCount = async (programmeId: string) => (await service.dataSource.query(`SELECT count(*)::int AS n FROM pass_order WHERE programme_id = $1`, [programmeId]))[0].n;
  const handedOutIn = async (programmeId: string) =>
    (await service.dataSource.query(`SELECT COALESCE(sum(pass_count), 0)::int AS n FROM hand_out WHERE programme_id = $1 AND residence_insee_code IN ('80001', '80021')`, [programmeId]))[0].n;

  it('keeps the passes a programme orders inside the zone within its quota, naming the field and what is left; orders around it do not count', async () => {
    const programmeId = await openTestProgramme(service);
    const zoneId = await zoneOf(programmeId, 50);
    const place = (bookletCount: number, perimeter: { level: string; code: string }) => call(PLACE_ORDER, { input: { programmeId, bookletCount, perimeter } }, programmeId);

    expect((await place(3, { level: 'ZONE', code: zoneId })).errors).toBeUndefined();
    // A commune of the zone is inside it: its orders count.
    expect((await place(1, { level: 'COMMUNE', code: '80021' })).errors).toBeUndefined();
    const before = await orderCount(programmeId);
    const refused = await place(2, { level: 'ZONE', code: zoneId });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'ZONE_QUOTA_EXCEEDED', field: 'bookletCount', zoneId, quota: 50, remaining: 10 });
    expect((await place(2, { level: 'COMMUNE', code: '80001' })).errors?.[0].extensions).toMatchObject({ code: 'ZONE_QUOTA_EXCEEDED', remaining: 10 });
    expect(await orderCount(programmeId)).toBe(before);
    // The quota to the last pass, then nothing more.
    expect((await place(1, { level: 'ZONE', code: zoneId })).errors).toBeUndefined();
    expect((await place(1, { level: 'ZONE', code: zoneId })).errors?.[0].extensions).toMatchObject({ code: 'ZONE_QUOTA_EXCEEDED', remaining: 0 });
    // A département-wide order is not inside the zone; another commune is outside it.
    expect((await place(5, { level: 'DEPARTEMENT', code: '80' })).errors).toBeUndefined();
    expect((await place(5, { level: 'COMMUNE', code: '80022' })).errors).toBeUndefined();
  });

  it('keeps the passes a programme hands out to the zone’s residents within its quota, a booklet or a single pass, and writes nothing when refused', async () => {
    const programmeId = await openTestProgramme(service);
    const zoneId = await zoneOf(programmeId, 25);
    const booklets = await allocatedBooklets(service, programmeId, 5);
    const handOut = (input: Record<string, unknown>) => call(HAND_OUT, { input }, programmeId);
    expect((await handOut({ bookletId: booklets[0].id, profile: profile('80021') })).errors).toBeUndefined();
    expect((await handOut({ bookletId: booklets[1].id, profile: profile('80001') })).errors).toBeUndefined();
    const refused = await handOut({ bookletId: booklets[2].id, profile: profile('80021') });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'ZONE_QUOTA_EXCEEDED', field: 'bookletId', zoneId, quota: 25, remaining: 5 });
    const [pass] = await service.dataSource.query(`SELECT status FROM pass WHERE number = $1`, [booklets[2].passes[0].number]);
    expect(pass.status).toBe('ISSUED');
    // Single passes up to the quota, then none.
    for (const { number } of booklets[2].passes.slice(0, 5)) expect((await handOut({ passNumber: number, profile: profile('80021') })).errors).toBeUndefined();
    expect((await handOut({ passNumber: booklets[2].passes[5].number, profile: profile('80001') })).errors?.[0].extensions).toMatchObject({
      code: 'ZONE_QUOTA_EXCEEDED',
      field: 'passNumber',
      remaining: 0,
    });
    expect(await handedOutIn(programmeId)).toBe(25);
    // Residents outside the zone are not counted against it.
    expect((await handOut({ bookletId: booklets[3].id, profile: profile('80022') })).errors).toBeUndefined();
  });

  it('never lets concurrent hand-outs go beyond the quota', async () => {
    const programmeId = await openTestProgramme(service);
    await zoneOf(programmeId, 30);
    const booklets = await allocatedBooklets(service, programmeId, 8);
    const answers = await Promise.all(booklets.map((b, i) => call(HAND_OUT, { input: { bookletId: b.id, profile: profile(i % 2 ? '80001' : '80021') } }, programmeId)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(3);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'ZONE_QUOTA_EXCEEDED')).toHaveLength(5);
    expect(await handedOutIn(programmeId)).toBe(30);
    const [{ counted }] = await service.dataSource.query(
      `SELECT sum(handed_out)::int AS counted FROM funnel_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME'`,
      [programmeId],
    );
    expect(counted).toBe(30);
  });

  it('holds a zone’s quota for its own programme only; a zone without a quota holds none', async () => {
    const owner = await openTestProgramme(service);
    await zoneOf(owner, 10);
    await zoneOf(null, null);
    const other = await openTestProgramme(service);
    const booklets = await allocatedBooklets(service, other, 3);
    for (const b of booklets) expect((await call(HAND_OUT, { input: { bookletId: b.id, profile: profile('80021') } }, other)).errors).toBeUndefined();
    expect(await handedOutIn(other)).toBe(30);
  });
});
