// Integration: the brute-force brake under the default limit (10 wrong guesses per window) — per
// pass number as well as per caller, so that neither more keys nor concurrency buy more guesses.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { DEFAULT_THROTTLE } from './guess-throttle';
import { activatedOrder, handedOutPasses, openTestProgramme, placeOf, qualifyTestPlace, signTestDistributor, type TestPlace } from '../testing/passes-test-kit';

const CHECK = `query($pass: PresentedPassInput!, $placeId: ID) { checkPass(pass: $pass, placeId: $placeId) { redeemable } }`;
const REDEEM = `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`;

describe('the brute-force brake, per caller and per pass number', () => {
  const clock = new ManualClock('2020-06-01T10:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock });
  const limit = DEFAULT_THROTTLE.maxFailures;
  let programmeId: string;
  let orderId: string;
  let distributor: string;
  let place: TestPlace;
  const code = (number: string) => verificationCode(passCodeKey(config), number);
  /** A wrong code for a pass: the right one with its first character changed. */
  const wrong = (number: string, i: number) => `${'ABCDEFGHJKMNPQRSTVWXYZ0123456789'.replace(code(number)[0], '')[i % 31]}${code(number).slice(1)}`;
  const codes = (answers: Array<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>) =>
    answers.reduce<Record<string, number>>((counts, a) => {
      const c = String(a.errors?.[0].extensions?.code ?? 'OK');
      return { ...counts, [c]: (counts[c] ?? 0) + 1 };
    }, {});
  const check = (number: string, guess: string, identity: Identity) => callSubgraph(service.url, CHECK, { pass: { passNumber: number, code: guess } }, identity);

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { startsOn: '2020-02-04', endsOn: '2021-12-31' });
    orderId = await activatedOrder(service.url, programmeId, { bookletCount: 4 });
    distributor = (await signTestDistributor(service, programmeId)).organisationId;
    place = await qualifyTestPlace(service, programmeId);
  });

  it(`evaluates exactly ${limit} of 40 concurrent wrong codes on one pass; the others are refused unevaluated`, async () => {
    const [number] = await handedOutPasses(service.url, programmeId, orderId, distributor);
    const guesser = placeOf(place.organisationId);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => check(number, wrong(number, i), guesser)));
    expect(codes(answers)).toEqual({ UNKNOWN_PASS: limit, TOO_MANY_ATTEMPTS: 40 - limit });
    const [{ failures }] = await service.dataSource.query(`SELECT failures FROM guess_throttle WHERE key = $1`, [`pass:${number}`]);
    expect(failures).toBe(limit);
  });

  it('gives three keys of one organisation, together, no more guesses on one number than one key gets', async () => {
    const [number, other] = await handedOutPasses(service.url, programmeId, orderId, distributor);
    const keys = [1, 2, 3].map((k) => placeOf(place.organisationId, { subject: `credential:${k}-${randomUUID()}`, programmeIds: [programmeId], scopes: [`redeem:place:${place.placeId}`] }));
    const answers = [];
    for (let i = 0; i < limit; i++) for (const key of keys) answers.push(await check(number, wrong(number, i), key));
    expect(codes(answers)).toEqual({ UNKNOWN_PASS: limit, TOO_MANY_ATTEMPTS: 3 * limit - limit });
    // Concurrently too: every key at once, each many times.
    const [fresh] = (await handedOutPasses(service.url, programmeId, orderId, distributor)).slice(-1);
    const concurrent = await Promise.all(keys.flatMap((key) => Array.from({ length: 8 }, (_, i) => check(fresh, wrong(fresh, i), key))));
    expect(codes(concurrent)).toEqual({ UNKNOWN_PASS: limit, TOO_MANY_ATTEMPTS: 24 - limit });
    // The number is blocked, for redemption too; the organisation's other passes are not.
    const right = { pass: { passNumber: number, code: code(number) }, placeId: place.placeId, idempotencyKey: randomUUID() };
    expect((await callSubgraph(service.url, REDEEM, { input: right }, placeOf(place.organisationId))).errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    const elsewhere = { pass: { passNumber: other, code: code(other) }, placeId: place.placeId, idempotencyKey: randomUUID() };
    expect((await callSubgraph(service.url, REDEEM, { input: elsewhere }, placeOf(place.organisationId))).errors).toBeUndefined();
  });

  it('answers and counts a wrong guess at a place that is not the caller’s as any guess; the right code there is refused for the place, counted as none', async () => {
    const [number] = await handedOutPasses(service.url, programmeId, orderId, distributor);
    const someone = placeOf(place.organisationId);
    // The code is evaluated before the place: naming another's place never tells an existing pass from a missing one.
    const notMine = await qualifyTestPlace(service, programmeId);
    const guessed = await callSubgraph(service.url, CHECK, { pass: { passNumber: number, code: wrong(number, 0) }, placeId: notMine.placeId }, someone);
    expect(guessed.errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    const failures = async () =>
      (await service.dataSource.query(`SELECT key, failures FROM guess_throttle WHERE key = ANY($1::text[]) ORDER BY key`, [[`caller:${someone.subject}`, `pass:${number}`]])).map((r: { failures: number }) => r.failures);
    expect(await failures()).toEqual([1, 1]);
    const refused = await callSubgraph(service.url, CHECK, { pass: { passNumber: number, code: code(number) }, placeId: notMine.placeId }, someone);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await failures()).toEqual([1, 1]);
  });
});
