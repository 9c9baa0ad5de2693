// Integration: programme zones from territory's events — a zone as an order's perimeter, and the
// funnel counted by zone (Territory level ZONE) — on a real PostgreSQL and NATS.
import { randomUUID } from 'node:crypto';
import { ZoneChangedV1, ZoneDefinedV1, ZoneDeletedV1 } from '@pass-numerique/event-contracts';
import { ManualClock } from '@pass-numerique/kernel';
import { callSubgraph, eventually, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { activatedOrder, handedOutPasses, managerOf, openTestProgramme, PLACE_ORDER, publishEvent, qualifyTestPlace, signTestDistributor } from '../testing/passes-test-kit';

const ZONE_FUNNEL = `query($rep: [_Any!]!, $programmeId: ID) { _entities(representations: $rep) { ... on Territory { passFunnel(programmeId: $programmeId) { ordered handedOut redeemed } } } }`;

describe('programme zones', () => {
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock: new ManualClock('2020-06-01T10:00:00Z'), expiryEveryMs: 0 });
  let programmeId: string;
  const zoneId = randomUUID();
  const zoneState = (version: number, memberCommunes: string[]) => ({
    zoneId, programmeId, name: 'Zone de test', passQuota: 100, note: null,
    definition: { communes: memberCommunes, epcis: [] }, memberCommunes, population: 1_000, version, at: new Date().toISOString(),
  });
  const zoneRow = async () => (await service.dataSource.query(`SELECT member_communes, version, deleted FROM zone WHERE id = $1`, [zoneId]))[0];

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { perimeter: { level: 'DEPARTEMENT', code: '80' } });
    await publishEvent(service.bus, ZoneDefinedV1, zoneState(1, ['80001', '80021']));
    await eventually(async () => (await zoneRow())?.version === 1, 10_000, 'the zone');
  });

  it('takes a zone as perimeter: hand-outs and redemptions only inside it, counted for the zone', async () => {
    const orderId = await activatedOrder(service.url, programmeId, { bookletCount: 3, perimeter: { level: 'ZONE', code: zoneId } });
    const distributor = (await signTestDistributor(service, programmeId)).organisationId;
    const [number] = await handedOutPasses(service.url, programmeId, orderId, distributor, 1, '80021');
    await expect(handedOutPasses(service.url, programmeId, orderId, distributor, 1, '80022')).rejects.toThrow('OUTSIDE_PERIMETER');
    const inside = await qualifyTestPlace(service, programmeId, { inseeCode: '80001' });
    const outside = await qualifyTestPlace(service, programmeId, { inseeCode: '80022' });
    const redeem = (place: { placeId: string }) =>
      callSubgraph(service.url, `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
        input: { pass: { passNumber: number, code: verificationCode(passCodeKey(config), number) }, placeId: place.placeId, idempotencyKey: randomUUID() },
      }, managerOf(programmeId));
    expect((await redeem(outside)).errors?.[0].extensions?.code).toBe('OUTSIDE_PERIMETER');
    expect((await redeem(inside)).errors).toBeUndefined();
    const { data } = await callSubgraph(service.url, ZONE_FUNNEL, { rep: [{ __typename: 'Territory', level: 'ZONE', code: zoneId }], programmeId }, managerOf(programmeId));
    expect(data._entities[0].passFunnel).toEqual({ ordered: 30, handedOut: 10, redeemed: 1 });
  });

  it('counts hand-outs of any order in the zones of the beneficiary commune', async () => {
    const before = (await callSubgraph(service.url, ZONE_FUNNEL, { rep: [{ __typename: 'Territory', level: 'ZONE', code: zoneId }], programmeId }, managerOf(programmeId))).data._entities[0].passFunnel;
    const orderId = await activatedOrder(service.url, programmeId, { bookletCount: 2 });
    const distributor = (await signTestDistributor(service, programmeId)).organisationId;
    await handedOutPasses(service.url, programmeId, orderId, distributor, 1, '80001');
    await handedOutPasses(service.url, programmeId, orderId, distributor, 1, '80022');
    const after = (await callSubgraph(service.url, ZONE_FUNNEL, { rep: [{ __typename: 'Territory', level: 'ZONE', code: zoneId }], programmeId }, managerOf(programmeId))).data._entities[0].passFunnel;
    expect(after.handedOut - before.handedOut).toBe(10);
  });

  it('keeps the newest version of a zone whatever the arrival order, and refuses a deleted or unknown zone', async () => {
    const changed = { ...zoneState(3, ['80021']), changes: ['MEMBERS' as const], addedCommunes: [], removedCommunes: ['80001'] };
    await publishEvent(service.bus, ZoneChangedV1, changed);
    await eventually(async () => (await zoneRow())?.version === 3, 10_000, 'version 3');
    await publishEvent(service.bus, ZoneChangedV1, { ...zoneState(2, ['80001', '80021', '80022']), changes: ['MEMBERS'], addedCommunes: ['80022'], removedCommunes: [] });
    await new Promise((r) => setTimeout(r, 500));
    expect(await zoneRow()).toEqual({ member_communes: ['80021'], version: 3, deleted: false });
    await publishEvent(service.bus, ZoneDeletedV1, { zoneId, programmeId, name: 'Zone de test', memberCommunes: ['80021'], version: 4, at: new Date().toISOString() });
    await eventually(async () => (await zoneRow())?.deleted === true, 10_000, 'the deletion');
    const refused = await callSubgraph(service.url, PLACE_ORDER, { input: { programmeId, bookletCount: 1, perimeter: { level: 'ZONE', code: zoneId } } }, managerOf(programmeId));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNKNOWN_ZONE', field: 'perimeter' });
    const unknown = await callSubgraph(service.url, PLACE_ORDER, { input: { programmeId, bookletCount: 1, perimeter: { level: 'ZONE', code: randomUUID() } } }, managerOf(programmeId));
    expect(unknown.errors?.[0].extensions?.code).toBe('UNKNOWN_ZONE');
  });
});
