// Integration: "Mon pass" — anyone presenting a pass's number and code learns its validity,
// programme, whether it was used and where it may be spent; nothing about the person holding it.
// A wrong code answers exactly as a number that is no pass, and guesses are throttled per caller
// (the gateway names an anonymous visitor by its address) and per pass number.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import { ANONYMOUS, type Identity } from '@pass-numerique/service-kit';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { qrPayloadOf, verificationCode } from '../orders/pass-numbers';
import { DEFAULT_THROTTLE } from '../redemptions/guess-throttle';
import { activatedOrder, handedOutPasses, openTestProgramme, placeOf, qualifyTestPlace, signTestDistributor, told, type TestPlace } from '../testing/passes-test-kit';

const MY_PASS = `query($pass: PresentedPassInput!) { myPass(pass: $pass) { passNumber state faceValue { formatted } validFrom validUntil programme { id } usableIn { level code } } }`;
const REDEEM = `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`;

describe('"Mon pass": the holder checks a pass', () => {
  const clock = new ManualClock('2020-06-01T10:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock });
  let programmeId: string;
  let orderId: string;
  let distributor: string;
  let place: TestPlace;
  const code = (number: string) => verificationCode(passCodeKey(config), number);
  const wrong = (number: string) => `${code(number)[0] === 'A' ? 'B' : 'A'}${code(number).slice(1)}`;
  /** A visitor, as the gateway names one. */
  const visitor = (): Identity => ({ ...ANONYMOUS, subject: `anonymous@10.0.0.${Math.floor(Math.random() * 250)}-${randomUUID()}` });
  const myPass = (pass: Record<string, unknown>, identity: Identity = visitor()) => callSubgraph(service.url, MY_PASS, { pass }, identity);
  const freshPass = async () => (await handedOutPasses(service.url, programmeId, orderId, distributor))[0];

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { startsOn: '2020-02-04', endsOn: '2021-12-31' });
    orderId = await activatedOrder(service.url, programmeId, { bookletCount: 12 });
    distributor = (await signTestDistributor(service, programmeId)).organisationId;
    place = await qualifyTestPlace(service, programmeId);
  });

  it('tells anyone with the number and code until when the pass is valid, for which programme and where — typed with spaces and lower case, or scanned', async () => {
    const number = await freshPass();
    const spaced = `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}`;
    const typed = await myPass({ passNumber: spaced, code: code(number).toLowerCase() });
    expect(typed.errors).toBeUndefined();
    expect(typed.data.myPass).toEqual({
      passNumber: number,
      state: 'USABLE',
      faceValue: { formatted: expect.stringContaining('10,00') },
      validFrom: null,
      validUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      programme: { id: programmeId },
      usableIn: { level: expect.any(String), code: expect.any(String) },
    });
    const scanned = await myPass({ qrPayload: qrPayloadOf(number, code(number)) });
    expect(scanned.data.myPass).toEqual(typed.data.myPass);
  });

  it('says a used pass is used, and an expired one expired', async () => {
    const used = await freshPass();
    const redeemed = await callSubgraph(service.url, REDEEM, { input: { pass: { passNumber: used, code: code(used) }, placeId: place.placeId, idempotencyKey: randomUUID() } }, placeOf(place.organisationId));
    expect(redeemed.errors).toBeUndefined();
    expect((await myPass({ passNumber: used, code: code(used) })).data.myPass.state).toBe('USED');
    const later = await freshPass();
    const { validUntil } = (await myPass({ passNumber: later, code: code(later) })).data.myPass;
    clock.set(new Date(new Date(`${validUntil}T12:00:00Z`).getTime() + 86_400_000));
    try {
      expect((await myPass({ passNumber: later, code: code(later) })).data.myPass.state).toBe('EXPIRED');
    } finally {
      clock.set('2020-06-01T10:00:00Z');
    }
  });

  it('answers a wrong code exactly as a number that is no pass', async () => {
    const number = await freshPass();
    const notAPass = '999999999991'; // a valid check digit, never issued
    const wrongCode = told(await myPass({ passNumber: number, code: wrong(number) }));
    const unknown = told(await myPass({ passNumber: notAPass, code: code(notAPass) }));
    const unknownWrong = told(await myPass({ passNumber: notAPass, code: wrong(notAPass) }));
    expect(wrongCode).toEqual(unknown);
    expect(unknownWrong).toEqual(unknown);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNKNOWN_PASS');
    expect(JSON.stringify(unknown)).not.toContain(notAPass);
  });

  it(`throttles guesses per visitor and per pass number, with the seconds to wait (${DEFAULT_THROTTLE.maxFailures} per window)`, async () => {
    const number = await freshPass();
    const guesser = visitor();
    for (let i = 0; i < DEFAULT_THROTTLE.maxFailures; i++) expect((await myPass({ passNumber: number, code: wrong(number) }, guesser)).errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    const blocked = await myPass({ passNumber: number, code: code(number) }, guesser);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: DEFAULT_THROTTLE.blockMs / 1000 });
    // The number is blocked for another visitor too (the real holder waits as well: it is the price of guessing per number)…
    expect((await myPass({ passNumber: number, code: code(number) })).errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    // …and the guesser for another pass; another visitor's other pass is not.
    const other = await freshPass();
    expect((await myPass({ passNumber: other, code: code(other) }, guesser)).errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await myPass({ passNumber: other, code: code(other) })).data.myPass.state).toBe('USABLE');
  });

  it('counts malformed numbers against the visitor', async () => {
    const guesser = visitor();
    for (let i = 0; i < DEFAULT_THROTTLE.maxFailures; i++) expect((await myPass({ passNumber: '1234', code: 'ABCDEFGH' }, guesser)).errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    const number = await freshPass();
    expect((await myPass({ passNumber: number, code: code(number) }, guesser)).errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
