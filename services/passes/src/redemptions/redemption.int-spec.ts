// Integration: checking and redeeming passes at places — exactly once under concurrency, retries
// by idempotency key, every refusal with its own code, brute-force brake, cancellation.
import { randomUUID } from 'node:crypto';
import { PlaceSuspendedV1 } from '@pass-numerique/event-contracts';
import { ManualClock } from '@pass-numerique/kernel';
import { callSubgraph, deleteTestStreams, dropDatabase, eventually, lastPublishedEvent, testServiceConfig } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { numberOfSerial, verificationCode } from '../orders/pass-numbers';
import { activatedOrder, handedOutPasses, openTestProgramme, publishEvent, qualifyTestPlace, signTestDistributor, PLACE_ORDER } from '../testing/passes-test-kit';

const REDEEM = `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id passNumber status faceValue { cents } placeId redeemedAt } }`;
const CHECK = `query($pass: PresentedPassInput!, $placeId: ID) { checkPass(pass: $pass, placeId: $placeId) { passNumber status redeemable refusal faceValue { cents } validUntil } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelRedemption(redemptionId: $id, reason: $reason) { id status cancellationReason } }`;
const FUNNEL = `query($id: ID!) { programmePasses(programmeId: $id) { funnel { redeemed } } }`;

describe('checking and redeeming passes', () => {
  const config = { ...testServiceConfig('passes', { logLevel: 'error' }), loadDemoData: false };
  const clock = new ManualClock('2020-06-01T10:00:00Z');
  let service: Awaited<ReturnType<typeof startPassesService>>;
  let programmeId: string;
  let orderId: string;
  let distributor: string;
  let place: { placeId: string; organisationId: string };
  const code = (number: string) => verificationCode(passCodeKey(config), number);
  const asPlace = (organisationId: string, subject = `place-software-${randomUUID()}`) => ({ subject, role: 'place' as const, organisationId, scopes: [] });
  const redeem = (number: string, at = place, extra: Record<string, unknown> = {}, identity = asPlace(at.organisationId)) =>
    callSubgraph(service.url, REDEEM, { input: { pass: { passNumber: number, code: code(number) }, placeId: at.placeId, idempotencyKey: randomUUID(), ...extra } }, identity);
  const redeemed = async () => (await callSubgraph(service.url, FUNNEL, { id: programmeId })).data.programmePasses.funnel.redeemed;

  beforeAll(async () => {
    service = await startPassesService(config, { clock, throttle: { maxFailures: 3, windowMs: 60_000, blockMs: 60_000 } });
    programmeId = await openTestProgramme(service, { perimeter: { level: 'REGION', code: '32' }, startsOn: '2020-02-04', endsOn: '2021-12-31' });
    orderId = await activatedOrder(service.url, programmeId, { bookletCount: 20, perimeter: { level: 'DEPARTEMENT', code: '80' } });
    distributor = (await signTestDistributor(service, programmeId)).organisationId;
    place = await qualifyTestPlace(service, '80021');
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });
  beforeEach(() => clock.set('2020-06-01T10:00:00Z'));

  it('lets a place check a pass: value and validity, nothing about its holder', async () => {
    const [number] = await handedOutPasses(service.url, orderId, distributor);
    const { data, errors } = await callSubgraph(service.url, CHECK, { pass: { passNumber: number, code: code(number) }, placeId: place.placeId }, asPlace(place.organisationId));
    expect(errors).toBeUndefined();
    expect(data.checkPass).toEqual({ passNumber: number, status: 'HANDED_OUT', redeemable: true, refusal: null, faceValue: { cents: 1_000 }, validUntil: '2021-07-01' });
    const qr = await callSubgraph(service.url, CHECK, { pass: { qrPayload: `PN1.${number}.${code(number)}` } }, asPlace(place.organisationId));
    expect(qr.data.checkPass.redeemable).toBe(true);
  });

  it('redeems a pass exactly once when many places try at the same instant', async () => {
    const [number] = await handedOutPasses(service.url, orderId, distributor);
    const places = await Promise.all(Array.from({ length: 12 }, () => qualifyTestPlace(service, '80021')));
    const before = await redeemed();
    const results = await Promise.all(places.map((p) => redeem(number, p)));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => r.errors)) expect(loser.errors?.[0].extensions?.code).toBe('ALREADY_REDEEMED');
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM redemption WHERE pass_number = $1`, [number]);
    expect(count).toBe(1);
    expect((await redeemed()) - before).toBe(1);
    const [{ redeemed_count }] = await service.dataSource.query(`SELECT b.redeemed_count FROM booklet b JOIN pass p ON p.booklet_id = b.id WHERE p.number = $1`, [number]);
    expect(redeemed_count).toBe(1);
    const event = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.pass.redeemed.v1');
      return e?.payload.passNumber === number ? e : undefined;
    }, 10_000, 'passes.pass.redeemed.v1');
    expect(event.payload).toMatchObject({ redemptionId: winners[0].data.redeemPass.id, faceValueCents: 1_000, programmeId, orderId });
  });

  it('returns the first result to a retry with the same idempotency key, even concurrent ones', async () => {
    const [first, second] = await handedOutPasses(service.url, orderId, distributor);
    const idempotencyKey = `till-42:${randomUUID()}`;
    const identity = asPlace(place.organisationId);
    const tries = await Promise.all(Array.from({ length: 6 }, () => redeem(first, place, { idempotencyKey }, identity)));
    const ids = new Set(tries.map((t) => t.data?.redeemPass.id));
    expect(tries.every((t) => !t.errors)).toBe(true);
    expect(ids.size).toBe(1);
    const later = await redeem(first, place, { idempotencyKey }, identity);
    expect(later.data.redeemPass.id).toBe([...ids][0]);
    const reused = await redeem(second, place, { idempotencyKey }, identity);
    expect(reused.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const fresh = await redeem(first, place);
    expect(fresh.errors?.[0].extensions?.code).toBe('ALREADY_REDEEMED');
  });

  it('refuses each bad redemption with its own code', async () => {
    const numbers = await handedOutPasses(service.url, orderId, distributor);
    const refusal = async (response: Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>) => (await response).errors?.[0].extensions?.code;
    const input = (number: string, extra: Record<string, unknown> = {}) => ({ input: { pass: { passNumber: number, code: code(number) }, placeId: place.placeId, idempotencyKey: randomUUID(), ...extra } });

    expect(await refusal(callSubgraph(service.url, REDEEM, { input: { ...input(numbers[0]).input, pass: { passNumber: numbers[0], code: 'ABCDEFGH' } } }, asPlace(place.organisationId)))).toBe('WRONG_CODE');
    expect(await refusal(callSubgraph(service.url, REDEEM, input(numbers[0].slice(0, 11) + ((Number(numbers[0][11]) + 1) % 10)), asPlace(place.organisationId)))).toBe('UNKNOWN_PASS');
    expect(await refusal(callSubgraph(service.url, REDEEM, input(String(numberOfSerial(99_999_999_999))), asPlace(place.organisationId)))).toBe('UNKNOWN_PASS');

    const elsewhere = await qualifyTestPlace(service, '59350'); // Lille, outside the Somme
    expect(await refusal(redeem(numbers[1], elsewhere))).toBe('OUTSIDE_PERIMETER');
    expect(await refusal(redeem(numbers[1], { placeId: randomUUID(), organisationId: place.organisationId }))).toBe('PLACE_NOT_QUALIFIED');
    const suspended = await qualifyTestPlace(service, '80021');
    await publishEvent(service.bus, PlaceSuspendedV1, { ...suspendedFacts(suspended), reason: 'contrôle en cours' });
    await eventually(async () => (await service.dataSource.query(`SELECT status FROM place WHERE id = $1`, [suspended.placeId]))[0]?.status === 'SUSPENDED', 10_000, 'the suspension');
    expect(await refusal(redeem(numbers[1], suspended))).toBe('PLACE_NOT_QUALIFIED');
    expect(await refusal(redeem(numbers[1], place, {}, asPlace(randomUUID())))).toBe('FORBIDDEN');

    expect((await redeem(numbers[1])).errors).toBeUndefined();
    expect(await refusal(redeem(numbers[1]))).toBe('ALREADY_REDEEMED');

    clock.set('2021-07-02T08:00:00Z'); // the day after the pass's validity
    expect(await refusal(redeem(numbers[2]))).toBe('EXPIRED');
    clock.set('2020-06-01T10:00:00Z');

    const notActivated = await callSubgraph(service.url, PLACE_ORDER, { input: { programmeId, bookletCount: 1, perimeter: { level: 'DEPARTEMENT', code: '80' } } });
    const pendingId = notActivated.data.placeOrder.id;
    await callSubgraph(service.url, `mutation($id: ID!) { markOrderDelivered(orderId: $id) { id } }`, { id: pendingId });
    const [pending] = await handedOutPasses(service.url, pendingId, distributor);
    expect(await refusal(redeem(pending))).toBe('NOT_ACTIVATED');

    const later = await activatedOrder(service.url, programmeId, { bookletCount: 1, perimeter: { level: 'DEPARTEMENT', code: '80' }, validFrom: '2020-09-01' });
    const [early] = await handedOutPasses(service.url, later, distributor);
    expect(await refusal(redeem(early))).toBe('NOT_YET_VALID');

    const stock = await activatedOrder(service.url, programmeId, { bookletCount: 1, perimeter: { level: 'DEPARTEMENT', code: '80' } });
    const booklet = (await callSubgraph(service.url, `query($id: ID!) { passOrder(id: $id) { booklets { edges { node { passes { number } } } } } }`, { id: stock })).data.passOrder.booklets.edges[0].node;
    expect(await refusal(redeem(booklet.passes[0].number))).toBe('NOT_HANDED_OUT');

    const check = await callSubgraph(service.url, CHECK, { pass: { passNumber: numbers[3], code: code(numbers[3]) }, placeId: elsewhere.placeId }, asPlace(place.organisationId));
    expect(check.data.checkPass).toMatchObject({ redeemable: false, refusal: 'OUTSIDE_PERIMETER' });
  });

  it('throttles a caller who keeps guessing, and only that caller', async () => {
    const [number] = await handedOutPasses(service.url, orderId, distributor);
    const guesser = asPlace(place.organisationId, `guesser-${randomUUID()}`);
    for (const guess of ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC']) {
      const r = await callSubgraph(service.url, CHECK, { pass: { passNumber: number, code: guess } }, guesser);
      expect(r.errors?.[0].extensions?.code).toBe('WRONG_CODE');
    }
    const blocked = await callSubgraph(service.url, CHECK, { pass: { passNumber: number, code: code(number) } }, guesser);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 });
    const blockedRedeem = await redeem(number, place, {}, guesser);
    expect(blockedRedeem.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await redeem(number)).errors).toBeUndefined();
    clock.set('2020-06-01T10:01:01Z');
    const [other] = await handedOutPasses(service.url, orderId, distributor);
    const afterBlock = await callSubgraph(service.url, CHECK, { pass: { passNumber: other, code: code(other) } }, guesser);
    expect(afterBlock.errors).toBeUndefined();
  });

  it('lets programme staff cancel a redemption within the window, with a reason, and the pass be used again', async () => {
    const [number] = await handedOutPasses(service.url, orderId, distributor);
    const first = (await redeem(number)).data.redeemPass;
    const before = await redeemed();
    expect((await callSubgraph(service.url, CANCEL, { id: first.id, reason: 'scan par erreur' }, asPlace(place.organisationId))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await callSubgraph(service.url, CANCEL, { id: first.id, reason: '' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    clock.set('2020-06-02T09:00:00Z');
    const cancelled = await callSubgraph(service.url, CANCEL, { id: first.id, reason: 'scan par erreur' });
    expect(cancelled.data.cancelRedemption).toEqual({ id: first.id, status: 'CANCELLED', cancellationReason: 'scan par erreur' });
    expect(await redeemed()).toBe(before - 1);
    expect((await callSubgraph(service.url, CANCEL, { id: first.id, reason: 'encore' })).errors?.[0].extensions?.code).toBe('ALREADY_CANCELLED');
    const again = await redeem(number);
    expect(again.errors).toBeUndefined();
    clock.set('2020-06-05T12:00:00Z');
    expect((await callSubgraph(service.url, CANCEL, { id: again.data.redeemPass.id, reason: 'trop tard' })).errors?.[0].extensions?.code).toBe('CANCELLATION_WINDOW_CLOSED');
    const event = await lastPublishedEvent(service.bus, 'passes.pass.redemption-cancelled.v1');
    expect(event?.payload).toMatchObject({ redemptionId: first.id, passNumber: number, faceValueCents: 1_000 });
  });
});

function suspendedFacts(place: { placeId: string; organisationId: string }) {
  return { placeId: place.placeId, organisationId: place.organisationId, name: 'Médiathèque de test', inseeCode: '80021', cashesThroughRegie: false, at: new Date(Date.now() + 1_000).toISOString() };
}
