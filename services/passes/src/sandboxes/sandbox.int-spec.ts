// Integration: an organisation's sandbox as passes runs it — test passes issued on partners'
// announcement, redeemed and handed out through the same API as real ones, counted nowhere.
import { randomUUID } from 'node:crypto';
import { SandboxOpenedV1 } from '@pass-numerique/event-contracts';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { callSubgraph, eventually, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { activatedOrder, handedOutPasses, managerOf, openTestProgramme, placeOf, publishEvent, qualifyTestPlace, signTestDistributor } from '../testing/passes-test-kit';

const PASSES = `query($rep: [_Any!]!) { _entities(representations: $rep) { ... on Sandbox { passes { number code status bookletId faceValue { cents } validUntil } } } }`;
const REDEEM = `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id status faceValue { cents } } }`;
const CHECK = `query($pass: PresentedPassInput!, $placeId: ID) { checkPass(pass: $pass, placeId: $placeId) { redeemable } }`;
const HAND_OUT = `mutation($input: HandOutInput!) { handOut(input: $input) { passCount } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelRedemption(redemptionId: $id, reason: $reason) { id status } }`;
const RESET = `mutation($id: ID!) { resetSandboxPasses(programmeId: $id) { programmeId } }`;
const FUNNEL = `query($id: ID!) { programmePasses(programmeId: $id) { funnel { handedOut redeemed } } }`;

interface TestPass { number: string; code: string; status: string; bookletId: string; faceValue: { cents: number }; validUntil: string | null }

describe('passes: an organisation\'s sandbox', () => {
  const clock = new ManualClock('2025-03-01T09:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock });
  const sandboxId = randomUUID();
  const organisationId = randomUUID();
  const placeId = randomUUID();
  // A SANDBOX key as the gateway signs it: the organisation's roles in its sandbox alone.
  const sandboxKey: Identity = {
    subject: `credential:${randomUUID()}`,
    organisationId,
    grants: [{ role: 'place', programmeId: sandboxId }, { role: 'distributor', programmeId: sandboxId }],
    scopes: [`redeem:place:${placeId}`, `handout:distributor:${organisationId}`],
  };
  const opened = {
    programmeId: sandboxId,
    organisationId,
    organisationInseeCode: '80021',
    name: 'Bac à sable — Centre social des Tilleuls',
    startsOn: '2025-03-01',
    endsOn: '2035-03-01',
    places: [{ placeId, name: 'Centre social des Tilleuls', inseeCode: '80021', cashesThroughRegie: false }],
    at: '2025-03-01T09:00:00.000Z',
  };
  const call = (query: string, variables: Record<string, unknown>, identity: Identity) => callSubgraph(service.url, query, variables, identity);
  const passesAs = async (identity: Identity): Promise<TestPass[] | null> => (await call(PASSES, { rep: [{ __typename: 'Sandbox', programmeId: sandboxId }] }, identity)).data._entities[0].passes;
  const redeem = (pass: { number: string; code: string }, identity: Identity, at: string = placeId) =>
    call(REDEEM, { input: { pass: { passNumber: pass.number, code: pass.code }, placeId: at, idempotencyKey: randomUUID() } }, identity);
  const outbox = async () => (await service.dataSource.query(`SELECT type FROM outbox_event WHERE payload::text LIKE $1`, [`%${sandboxId}%`])).map((r: { type: string }) => r.type);

  beforeAll(async () => {
    await publishEvent(service.bus, SandboxOpenedV1, opened);
    await eventually(async () => ((await passesAs(sandboxKey)) ?? []).length === 20, 10_000, 'the test passes');
  });

  it('issues twenty test passes of 10 €, ten handed out and ten in a booklet of the organisation, with their codes, to its own people and keys only', async () => {
    const passes = (await passesAs(sandboxKey))!;
    expect(passes.map((p) => p.status)).toEqual([...Array(10).fill('HANDED_OUT'), ...Array(10).fill('ISSUED')]);
    expect(passes[0]).toMatchObject({ faceValue: { cents: 1_000 }, validUntil: '2035-03-01', code: expect.stringMatching(/^[0-9A-Z]{8}$/) });
    expect(await passesAs(placeOf(organisationId))).toHaveLength(20);
    expect(await passesAs(placeOf(randomUUID()))).toBeNull();
    // A LIVE key of the same organisation holds no role in the sandbox.
    expect(await passesAs(placeOf(organisationId, { programmeIds: [randomUUID()] }))).toBeNull();
    const [{ sandbox }] = await service.dataSource.query(`SELECT sandbox FROM programme WHERE id = $1`, [sandboxId]);
    expect(sandbox).toBe(true);
  });

  it('issues nothing more when partners announces the same sandbox again', async () => {
    const again = await publishEvent(service.bus, SandboxOpenedV1, opened);
    await eventually(async () => (await service.dataSource.query(`SELECT 1 FROM processed_event WHERE event_id = $1`, [again])).length > 0, 10_000, 'the second announcement');
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM pass_order WHERE programme_id = $1`, [sandboxId]);
    expect(count).toBe(1);
  });

  it('checks, redeems and hands out test passes with the same API, announcing nothing and counting nothing', async () => {
    const passes = (await passesAs(sandboxKey))!;
    const [first] = passes;
    expect((await call(CHECK, { pass: { passNumber: first.number, code: first.code }, placeId }, sandboxKey)).data.checkPass.redeemable).toBe(true);
    const redeemed = await redeem(first, sandboxKey);
    expect(redeemed.errors).toBeUndefined();
    expect(redeemed.data.redeemPass).toMatchObject({ status: 'REDEEMED', faceValue: { cents: 1_000 } });
    // The place may take back a redemption within its window: in a sandbox, silently too.
    const cancelled = await call(CANCEL, { id: redeemed.data.redeemPass.id, reason: 'essai d’annulation' }, sandboxKey);
    expect(cancelled.errors).toBeUndefined();
    expect((await redeem(first, sandboxKey)).errors).toBeUndefined();
    const handedOut = await call(HAND_OUT, { input: { bookletId: passes[10].bookletId, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: '80021', consent: true } } }, sandboxKey);
    expect(handedOut.errors).toBeUndefined();
    expect(handedOut.data.handOut.passCount).toBe(10);

    expect(await outbox()).toEqual([]);
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM funnel_counter WHERE programme_id = $1`, [sandboxId]);
    expect(count).toBe(0);
    expect((await call(FUNNEL, { id: sandboxId }, managerOf(sandboxId))).data.programmePasses.funnel).toMatchObject({ handedOut: 0, redeemed: 0 });
    expect(await service.services.programmeRepository.allIds()).not.toContain(sandboxId);
  });

  it('keeps test passes and real passes apart: each is, for the other environment\'s key, a pass that does not exist', async () => {
    const realProgramme = await openTestProgramme(service, { perimeter: { level: 'REGION', code: '32' }, startsOn: '2025-01-01', endsOn: '2026-12-31' });
    const orderId = await activatedOrder(service.url, realProgramme, { bookletCount: 1 });
    const distributor = (await signTestDistributor(service, realProgramme)).organisationId;
    const [realNumber] = await handedOutPasses(service.url, realProgramme, orderId, distributor, 1);
    const realPlace = await qualifyTestPlace(service, realProgramme, { place: { placeId, organisationId, inseeCode: '80021' } });
    const realPass = { number: realNumber, code: verificationCode(passCodeKey(config), realNumber) };
    // The sandbox key on a real pass, with its right code: no such pass.
    expect((await redeem(realPass, sandboxKey, realPlace.placeId)).errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    // A LIVE key of the organisation, in the real programme only, on a test pass: no such pass.
    const liveKey = placeOf(organisationId, { programmeIds: [realProgramme], scopes: [`redeem:place:${placeId}`] });
    const testPass = (await passesAs(sandboxKey))!.find((p) => p.status === 'HANDED_OUT')!;
    expect((await redeem(testPass, liveKey)).errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    expect((await passesAs(sandboxKey))!.find((p) => p.number === testPass.number)!.status).toBe('HANDED_OUT');
  });

  it('gives a fresh set of test passes on reset, to the organisation only', async () => {
    const before = (await passesAs(sandboxKey))!.map((p) => p.number);
    expect((await call(RESET, { id: sandboxId }, placeOf(randomUUID()))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await call(RESET, { id: randomUUID() }, sandboxKey)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const reset = await call(RESET, { id: sandboxId }, sandboxKey);
    expect(reset.errors).toBeUndefined();
    const after = (await passesAs(sandboxKey))!;
    expect(after).toHaveLength(20);
    expect(after.filter((p) => p.status === 'HANDED_OUT')).toHaveLength(10);
    expect(after.map((p) => p.number)).not.toEqual(expect.arrayContaining(before.slice(0, 1)));
  });
});
