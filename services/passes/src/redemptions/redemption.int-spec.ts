// Integration: checking and redeeming passes at places — exactly once under concurrency, retries
// by idempotency key, every refusal with its own code, brute-force brake, cancellation.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { numberOfSerial, verificationCode } from '../orders/pass-numbers';
import {
  activatedOrder,
  decideOnTestPlace,
  distributorOf,
  handedOutPasses,
  managerOf,
  openTestProgramme,
  placeOf,
  qualifyTestPlace,
  signTestDistributor,
  told,
  PLACE_ORDER,
  type TestPlace,
} from '../testing/passes-test-kit';

const REDEEM = `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id passNumber status faceValue { cents } placeId redeemedAt } }`;
const CHECK = `query($pass: PresentedPassInput!, $placeId: ID) { checkPass(pass: $pass, placeId: $placeId) { passNumber status redeemable refusal faceValue { cents } validUntil } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelRedemption(redemptionId: $id, reason: $reason) { id status cancellationReason } }`;
const FUNNEL = `query($id: ID!) { programmePasses(programmeId: $id) { funnel { redeemed } } }`;

describe('checking and redeeming passes', () => {
  const clock = new ManualClock('2020-06-01T10:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock, throttle: { maxFailures: 3, windowMs: 60_000, blockMs: 60_000 } });
  let programmeId: string;
  let orderId: string;
  let distributor: string;
  let place: TestPlace;
  let manager: Identity;
  const code = (number: string) => verificationCode(passCodeKey(config), number);
  const asPlace = (organisationId: string, subject = `place-software-${randomUUID()}`) => placeOf(organisationId, { subject });
  const call = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => callSubgraph(service.url, query, variables, identity);
  const redeem = (number: string, at: { placeId: string; organisationId: string } = place, extra: Record<string, unknown> = {}, identity = asPlace(at.organisationId)) =>
    call(REDEEM, { input: { pass: { passNumber: number, code: code(number) }, placeId: at.placeId, idempotencyKey: randomUUID(), ...extra } }, identity);
  const redeemed = async () => (await call(FUNNEL, { id: programmeId })).data.programmePasses.funnel.redeemed;
  const handedOut = (count = 1) => handedOutPasses(service.url, programmeId, orderId, distributor, count);

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { perimeter: { level: 'REGION', code: '32' }, startsOn: '2020-02-04', endsOn: '2021-12-31' });
    orderId = await activatedOrder(service.url, programmeId, { bookletCount: 20, perimeter: { level: 'DEPARTEMENT', code: '80' } });
    distributor = (await signTestDistributor(service, programmeId)).organisationId;
    place = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' });
    manager = managerOf(programmeId);
  });
  beforeEach(() => clock.set('2020-06-01T10:00:00Z'));

  it('lets a place check a pass: value and validity, nothing about its holder', async () => {
    const [number] = await handedOut();
    const { data, errors } = await call(CHECK, { pass: { passNumber: number, code: code(number) }, placeId: place.placeId }, asPlace(place.organisationId));
    expect(errors).toBeUndefined();
    expect(data.checkPass).toEqual({ passNumber: number, status: 'HANDED_OUT', redeemable: true, refusal: null, faceValue: { cents: 1_000 }, validUntil: '2021-07-01' });
    const qr = await call(CHECK, { pass: { qrPayload: `PN1.${number}.${code(number)}` } }, asPlace(place.organisationId));
    expect(qr.data.checkPass.redeemable).toBe(true);
  });

  it('redeems a pass exactly once when many places try at the same instant', async () => {
    const [number] = await handedOut();
    const places = await Promise.all(Array.from({ length: 12 }, () => qualifyTestPlace(service, programmeId, { inseeCode: '80021' })));
    const before = await redeemed();
    const countedInMetrics = async () => (await service.metrics.registry.getSingleMetric('pn_redemptions_total')?.get())?.values[0]?.value ?? 0;
    const countedBefore = await countedInMetrics();
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
    // One redemption, one count in /metrics (pn_redemptions_total), however many places tried.
    // The relay counts a batch once its marks commit, a moment after the stream has the event.
    await eventually(async () => (await countedInMetrics()) - countedBefore === 1, 5_000, 'the redemption counted');
    expect((await countedInMetrics()) - countedBefore).toBe(1);
  });

  it('returns the first result to a retry with the same idempotency key, even concurrent ones', async () => {
    const [first, second] = await handedOut();
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
    const numbers = await handedOut();
    const refusal = async (response: Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>) => (await response).errors?.[0].extensions?.code;
    const input = (number: string, extra: Record<string, unknown> = {}) => ({ input: { pass: { passNumber: number, code: code(number) }, placeId: place.placeId, idempotencyKey: randomUUID(), ...extra } });

    // A wrong code answers exactly as a number that is no pass: the prober learns nothing of the number.
    const wrongCode = await call(REDEEM, { input: { ...input(numbers[0]).input, pass: { passNumber: numbers[0], code: 'ABCDEFGH' } } }, asPlace(place.organisationId));
    const noPass = await call(REDEEM, input(String(numberOfSerial(99_999_999_998))), asPlace(place.organisationId));
    expect(wrongCode.errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    expect(wrongCode.errors?.map((e) => [e.message, e.extensions])).toEqual(noPass.errors?.map((e) => [e.message, e.extensions]));
    expect(await refusal(call(REDEEM, input(numbers[0].slice(0, 11) + ((Number(numbers[0][11]) + 1) % 10)), asPlace(place.organisationId)))).toBe('UNKNOWN_PASS');
    expect(await refusal(call(REDEEM, input(String(numberOfSerial(99_999_999_999))), asPlace(place.organisationId)))).toBe('UNKNOWN_PASS');

    const elsewhere = await qualifyTestPlace(service, programmeId, { inseeCode: '59350' }); // Lille, outside the Somme
    expect(await refusal(redeem(numbers[1], elsewhere))).toBe('OUTSIDE_PERIMETER');
    expect(await refusal(redeem(numbers[1], { placeId: randomUUID(), organisationId: place.organisationId }))).toBe('PLACE_NOT_QUALIFIED');
    const suspended = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' });
    await decideOnTestPlace(service, suspended, programmeId, 'SUSPENDED', { at: new Date(Date.now() + 1_000) });
    expect(await refusal(redeem(numbers[1], suspended))).toBe('PLACE_NOT_QUALIFIED');
    expect(await refusal(redeem(numbers[1], place, {}, asPlace(randomUUID())))).toBe('FORBIDDEN');
    // Naming another organisation's place with a wrong code tells an existing pass from a missing one no more than naming one's own.
    const stranger = asPlace(randomUUID());
    const guessElsewhere = await call(REDEEM, { input: { ...input(numbers[1]).input, pass: { passNumber: numbers[1], code: 'ABCDEFGH' } } }, stranger);
    const missingElsewhere = await call(REDEEM, input(String(numberOfSerial(99_999_999_997))), stranger);
    expect(guessElsewhere.errors?.map((e) => [e.message, e.extensions])).toEqual(missingElsewhere.errors?.map((e) => [e.message, e.extensions]));
    const checkElsewhere = await call(CHECK, { pass: { passNumber: numbers[1], code: 'ABCDEFGH' }, placeId: place.placeId }, stranger);
    expect(checkElsewhere.errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');

    expect((await redeem(numbers[1])).errors).toBeUndefined();
    expect(await refusal(redeem(numbers[1]))).toBe('ALREADY_REDEEMED');

    clock.set('2021-07-02T08:00:00Z'); // the day after the pass's validity
    expect(await refusal(redeem(numbers[2]))).toBe('EXPIRED');
    clock.set('2020-06-01T10:00:00Z');

    const notActivated = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1, perimeter: { level: 'DEPARTEMENT', code: '80' } } });
    const pendingId = notActivated.data.placeOrder.id;
    await call(`mutation($id: ID!) { markOrderDelivered(orderId: $id) { id } }`, { id: pendingId });
    const [pending] = await handedOutPasses(service.url, programmeId, pendingId, distributor);
    expect(await refusal(redeem(pending))).toBe('NOT_ACTIVATED');

    const later = await activatedOrder(service.url, programmeId, { bookletCount: 1, perimeter: { level: 'DEPARTEMENT', code: '80' }, validFrom: '2020-09-01' });
    const [early] = await handedOutPasses(service.url, programmeId, later, distributor);
    expect(await refusal(redeem(early))).toBe('NOT_YET_VALID');

    const stock = await activatedOrder(service.url, programmeId, { bookletCount: 1, perimeter: { level: 'DEPARTEMENT', code: '80' } });
    const booklet = (await call(`query($id: ID!) { passOrder(id: $id) { booklets { edges { node { passes { number } } } } } }`, { id: stock })).data.passOrder.booklets.edges[0].node;
    expect(await refusal(redeem(booklet.passes[0].number))).toBe('NOT_HANDED_OUT');

    const check = await call(CHECK, { pass: { passNumber: numbers[3], code: code(numbers[3]) }, placeId: elsewhere.placeId }, asPlace(elsewhere.organisationId));
    expect(check.data.checkPass).toMatchObject({ redeemable: false, refusal: 'OUTSIDE_PERIMETER' });
    const notTheirs = await call(CHECK, { pass: { passNumber: numbers[3], code: code(numbers[3]) }, placeId: elsewhere.placeId }, asPlace(place.organisationId));
    expect(notTheirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('throttles a caller who keeps guessing and the pass it guessed on, and only those', async () => {
    const [number, other] = await handedOut();
    const guesser = asPlace(place.organisationId, `guesser-${randomUUID()}`);
    for (const guess of ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC']) {
      const r = await call(CHECK, { pass: { passNumber: number, code: guess } }, guesser);
      expect(r.errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    }
    const blocked = await call(CHECK, { pass: { passNumber: number, code: code(number) } }, guesser);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 });
    const blockedRedeem = await redeem(number, place, {}, guesser);
    expect(blockedRedeem.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    const elsewhere = await call(CHECK, { pass: { passNumber: other, code: code(other) } }, guesser);
    expect(elsewhere.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    // The pass guessed on is blocked for every caller (another key of the organisation would start afresh otherwise)…
    expect((await redeem(number)).errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 });
    // …and other passes are not, for other callers.
    expect((await redeem(other)).errors).toBeUndefined();
    clock.set('2020-06-01T10:01:01Z');
    const [third] = await handedOut();
    const afterBlock = await call(CHECK, { pass: { passNumber: third, code: code(third) } }, guesser);
    expect(afterBlock.errors).toBeUndefined();
    expect((await redeem(number)).errors).toBeUndefined();
  });

  it("redeems at a place with the qualification of the pass's own programme: A's decisions never touch B's", async () => {
    const other = await openTestProgramme(service, { perimeter: { level: 'REGION', code: '32' }, startsOn: '2020-02-04', endsOn: '2021-12-31' });
    const otherOrder = await activatedOrder(service.url, other, { bookletCount: 2, perimeter: { level: 'DEPARTEMENT', code: '80' } });
    const otherDistributor = (await signTestDistributor(service, other)).organisationId;
    const shared = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' }); // qualified by A only
    const [a1, a2] = await handedOut();
    const [b1, b2] = await handedOutPasses(service.url, other, otherOrder, otherDistributor);
    expect((await redeem(a1, shared)).errors).toBeUndefined();
    expect((await redeem(b1, shared)).errors?.[0].extensions?.code).toBe('PLACE_NOT_QUALIFIED');
    const checked = await call(CHECK, { pass: { passNumber: b1, code: code(b1) }, placeId: shared.placeId }, asPlace(shared.organisationId));
    expect(checked.data.checkPass).toMatchObject({ redeemable: false, refusal: 'PLACE_NOT_QUALIFIED' });

    // B qualifies it too; then A suspends it: A's passes are refused there, B's are not.
    await decideOnTestPlace(service, shared, other, 'QUALIFIED');
    await decideOnTestPlace(service, shared, programmeId, 'SUSPENDED', { at: new Date(Date.now() + 1_000) });
    expect((await redeem(a2, shared)).errors?.[0].extensions?.code).toBe('PLACE_NOT_QUALIFIED');
    expect((await redeem(b1, shared)).errors).toBeUndefined();

    // A decision of B older than B's last one, arriving late, changes nothing; B's revocation is final, for B only.
    await decideOnTestPlace(service, shared, other, 'SUSPENDED', { at: new Date('2020-01-01T00:00:00Z'), expectStatus: 'QUALIFIED' });
    await decideOnTestPlace(service, shared, other, 'REVOKED', { at: new Date(Date.now() + 2_000) });
    await decideOnTestPlace(service, shared, other, 'REINSTATED', { at: new Date(Date.now() + 3_000), expectStatus: 'REVOKED' });
    expect((await redeem(b2, shared)).errors?.[0].extensions?.code).toBe('PLACE_NOT_QUALIFIED');
    await decideOnTestPlace(service, shared, programmeId, 'REINSTATED', { at: new Date(Date.now() + 4_000) });
    expect((await redeem(a2, shared)).errors).toBeUndefined();
  });

  it('lets a key scoped to places redeem at those places only, even among its organisation’s', async () => {
    const organisationId = randomUUID();
    const [p1, p2] = [randomUUID(), randomUUID()].map((placeId) => ({ placeId, organisationId, inseeCode: '80021' }));
    for (const p of [p1, p2]) await qualifyTestPlace(service, programmeId, { place: p });
    const key = placeOf(organisationId, { programmeIds: [programmeId], scopes: [`redeem:place:${p1.placeId}`] });
    const [n1, n2] = await handedOut();
    const atSibling = await redeem(n1, p2, {}, key);
    expect(atSibling.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The same answer as at a place of another organisation.
    expect(told(atSibling)).toEqual(told(await redeem(n1, place, {}, key)));
    const checkAtSibling = await call(CHECK, { pass: { passNumber: n2, code: code(n2) }, placeId: p2.placeId }, key);
    expect(told(checkAtSibling)).toEqual(told(atSibling));
    expect((await redeem(n1, p1, {}, key)).errors).toBeUndefined();
    // The organisation's people (no scopes) redeem at every place of theirs.
    expect((await redeem(n2, p2, {}, placeOf(organisationId))).errors).toBeUndefined();
  });

  it("answers a pass out of the caller's reach as a number that does not exist, counted as a guess, and changes nothing", async () => {
    const other = await openTestProgramme(service, { perimeter: { level: 'REGION', code: '32' }, startsOn: '2020-02-04', endsOn: '2021-12-31' });
    const otherDistributor = (await signTestDistributor(service, other)).organisationId;
    const numbers = await handedOut(1);
    const probed: string[] = [];
    const present = (number: string, identity: Identity, at: { placeId: string } | null = place) =>
      Promise.all([
        call(REDEEM, { input: { pass: { passNumber: number, code: code(number) }, placeId: at?.placeId ?? place.placeId, idempotencyKey: randomUUID() } }, identity),
        call(CHECK, { pass: { passNumber: number, code: code(number) }, placeId: at?.placeId ?? null }, identity),
      ]);
    const probes: Array<[string, () => Identity, boolean]> = [
      ["another programme's manager", () => managerOf(other), true],
      ['a place acting in another programme only', () => placeOf(place.organisationId, { programmeIds: [other] }), true],
      ["another programme's distributor", () => distributorOf(otherDistributor), false],
      ['a distributor that does not hold the booklet', () => distributorOf(randomUUID()), false],
    ];
    for (const [k, [who, identity, redeems]] of probes.entries()) {
      // A number of its own for each probe: a number is throttled too, whoever presents it.
      const unknown = String(numberOfSerial(99_999_999_990 + k));
      const [pass, unknownAnswers] = [numbers[k], await present(unknown, identity())];
      probed.push(pass);
      const prober = identity();
      const answers = await present(pass, prober);
      for (const [i, answer] of answers.entries()) {
        if (i === 0 && !redeems) continue; // the policy refuses distributors redemptions altogether
        expect({ who, ...told(answer) }).toEqual({ who, ...told(unknownAnswers[i]) });
        expect(answer.errors?.[0].extensions).toEqual({ code: 'UNKNOWN_PASS', field: 'passNumber' });
      }
      const [{ failures }] = await service.dataSource.query(`SELECT failures FROM guess_throttle WHERE key = $1`, [`caller:${prober.subject}`]);
      expect(failures).toBe(redeems ? 2 : 1);
      const [{ status }] = await service.dataSource.query(`SELECT status FROM pass WHERE number = $1`, [pass]);
      expect(status).toBe('HANDED_OUT');
    }
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM redemption WHERE pass_number = ANY($1::bigint[])`, [probed]);
    expect(count).toBe(0);
    // The distributor holding the booklet checks its pass.
    const [own] = await handedOut();
    const mine = await call(CHECK, { pass: { passNumber: own, code: code(own) } }, distributorOf(distributor));
    expect(mine.data.checkPass).toMatchObject({ passNumber: own, redeemable: true });
  });

  it("answers the cancellation of another programme's redemption as a missing one, and changes nothing", async () => {
    const other = await openTestProgramme(service);
    const [number] = await handedOut();
    const { id } = (await redeem(number)).data.redeemPass;
    const theirs = await call(CANCEL, { id, reason: 'essai' }, managerOf(other));
    const missing = await call(CANCEL, { id: randomUUID(), reason: 'essai' }, managerOf(other));
    expect(told(theirs)).toEqual(told(missing));
    expect(theirs.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'redemptionId' });
    const [{ status }] = await service.dataSource.query(`SELECT status FROM redemption WHERE id = $1`, [id]);
    expect(status).toBe('REDEEMED');
  });

  it('lets programme staff cancel a redemption within the window, with a reason, and the pass be used again', async () => {
    const [number] = await handedOut();
    const first = (await redeem(number)).data.redeemPass;
    const before = await redeemed();
    // Another place's organisation finds no such redemption.
    const stranger = asPlace(randomUUID());
    expect(told(await call(CANCEL, { id: first.id, reason: 'scan par erreur' }, stranger))).toEqual(told(await call(CANCEL, { id: randomUUID(), reason: 'scan par erreur' }, stranger)));
    expect((await call(CANCEL, { id: first.id, reason: '' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    clock.set('2020-06-02T09:00:00Z');
    const cancelled = await call(CANCEL, { id: first.id, reason: 'scan par erreur' });
    expect(cancelled.data.cancelRedemption).toEqual({ id: first.id, status: 'CANCELLED', cancellationReason: 'scan par erreur' });
    expect(await redeemed()).toBe(before - 1);
    expect((await call(CANCEL, { id: first.id, reason: 'encore' })).errors?.[0].extensions?.code).toBe('ALREADY_CANCELLED');
    const again = await redeem(number);
    expect(again.errors).toBeUndefined();
    clock.set('2020-06-05T12:00:00Z');
    expect((await call(CANCEL, { id: again.data.redeemPass.id, reason: 'trop tard' })).errors?.[0].extensions?.code).toBe('CANCELLATION_WINDOW_CLOSED');
    const event = await lastPublishedEvent(service.bus, 'passes.pass.redemption-cancelled.v1');
    expect(event?.payload).toMatchObject({ redemptionId: first.id, passNumber: number, faceValueCents: 1_000 });
  });

  it("lists a place's redemptions, newest first, for it and its programme's staff only, and lets the place cancel its own within the window", async () => {
    const LIST = `query($id: ID!, $after: String, $first: Int = 2) { placeRedemptions(placeId: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id passNumber status cancellableUntil } } } }`;
    const elsewhere = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' });
    const numbers = await handedOut();
    clock.set('2020-06-01T10:00:00Z');
    const older = (await redeem(numbers[0], elsewhere)).data.redeemPass;
    clock.set('2020-06-01T11:00:00Z');
    const newer = (await redeem(numbers[1], elsewhere)).data.redeemPass;
    clock.set('2020-06-01T12:00:00Z');
    const newest = (await redeem(numbers[2], elsewhere)).data.redeemPass;
    const own = asPlace(elsewhere.organisationId);

    const first = (await call(LIST, { id: elsewhere.placeId }, own)).data.placeRedemptions;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.id)).toEqual([newest.id, newer.id]);
    expect(first.edges[0].node).toMatchObject({ passNumber: numbers[2], status: 'REDEEMED', cancellableUntil: '2020-06-04T12:00:00.000Z' });
    const second = (await call(LIST, { id: elsewhere.placeId, after: first.pageInfo.endCursor }, own)).data.placeRedemptions;
    expect(second.edges.map((e: any) => e.node.id)).toEqual([older.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await call(LIST, { id: elsewhere.placeId })).data.placeRedemptions.totalCount).toBe(3);
    // Another organisation, another programme's manager, a key scoped to another place: a list without redemptions.
    for (const outsider of [asPlace(randomUUID()), managerOf(await openTestProgramme(service)), placeOf(elsewhere.organisationId, { scopes: [`redeem:place:${randomUUID()}`] })]) {
      expect((await call(LIST, { id: elsewhere.placeId }, outsider)).data.placeRedemptions).toMatchObject({ totalCount: 0, edges: [] });
    }

    clock.set('2020-06-04T11:00:00Z');
    const cancelled = await call(CANCEL, { id: newer.id, reason: 'erreur de saisie au comptoir' }, own);
    expect(cancelled.data.cancelRedemption).toEqual({ id: newer.id, status: 'CANCELLED', cancellationReason: 'erreur de saisie au comptoir' });
    const after = (await call(LIST, { id: elsewhere.placeId, first: 3 }, own)).data.placeRedemptions.edges.map((e: any) => e.node);
    expect(after.map((r: any) => [r.status, r.cancellableUntil])).toEqual([
      ['REDEEMED', '2020-06-04T12:00:00.000Z'],
      ['CANCELLED', null],
      ['REDEEMED', null],
    ]);
    expect((await call(CANCEL, { id: older.id, reason: 'trop tard' }, own)).errors?.[0].extensions?.code).toBe('CANCELLATION_WINDOW_CLOSED');
  });
});
