// Integration: a programme's life after its opening, as funding announces it — amendments move
// the end of distribution and the last valid day of passes (those in hand follow, and the expiry
// job with them), the latest decision wins whatever the order of arrival; a closing stops orders,
// activations and hand-outs (PROGRAMME_CLOSED) without touching the passes in hand.
import { randomUUID } from 'node:crypto';
import { ProgrammeAmendedV1, ProgrammeClosedV1, ProgrammeOpenedV1, type EventContract, type EventType } from '@pass-numerique/event-contracts';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { callSubgraph, eventually, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { allocatedBooklets, managerOf, openTestProgramme, PLACE_ORDER, placeOf, publishEvent, qualifyTestPlace, told, uniqueCode } from '../testing/passes-test-kit';

const PROGRAMME = `query($id: ID!) { programmePasses(programmeId: $id) { endsOn passesValidUntil closedOn funnel { validUntil expired credited } } }`;
const HAND_OUT = `mutation($input: HandOutInput!) { handOut(input: $input) { id validUntil passes { number validUntil } } }`;
const PASS = `query($number: String!) { pass(number: $number) { status validUntil } }`;
const RUN_EXPIRY = `mutation($id: ID!) { runExpiry(programmeId: $id) { expired creditNotes { passCount } } }`;
const profile = { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: '80021', consent: true };

describe("a programme's life after its opening", () => {
  const clock = new ManualClock('2020-03-10T10:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock, expiryEveryMs: 0 });
  const call = (query: string, variables: Record<string, unknown>, identity: Identity) => callSubgraph(service.url, query, variables, identity);

  /** Publishes one of funding's events and waits until passes has applied it. */
  async function announce<P>(contract: EventContract<EventType, P>, payload: P): Promise<void> {
    const id = await publishEvent(service.bus, contract, payload);
    await eventually(async () => (await service.dataSource.query(`SELECT 1 FROM processed_event WHERE event_id = $1`, [id])).length > 0, 10_000, contract.type);
  }
  const amend = (programmeId: string, figures: { decidedOn: string; endsOn: string; passesValidUntil: string | null }) =>
    announce(ProgrammeAmendedV1, { programmeId, deliberationId: randomUUID(), deliberationNumber: uniqueCode('DELIB'), startsOn: '2020-01-01', authorisedCents: 100_000_000, ...figures });
  const close = (programmeId: string, closedOn: string) => announce(ProgrammeClosedV1, { programmeId, closedOn, releasedCents: 0 });
  const open = (programmeId: string, endsOn = '2021-12-31') =>
    announce(ProgrammeOpenedV1, {
      programmeId, code: uniqueCode('PRG'), name: 'Programme de test', ownerOrganisationId: null, perimeter: { level: 'DEPARTEMENT', code: '80' }, startsOn: '2020-01-01', endsOn, authorisedCents: 100_000_000,
    });
  const passesOf = async (programmeId: string) => (await call(PROGRAMME, { id: programmeId }, managerOf(programmeId))).data.programmePasses;

  it('moves the end of distribution and extends the passes in hand to the new last valid day, never shorter; the expiry job follows', async () => {
    clock.set('2020-03-10T10:00:00Z');
    const programmeId = await openTestProgramme(service, { startsOn: '2020-01-01', endsOn: '2021-12-31' });
    const manager = managerOf(programmeId);
    const [a, b, c, d] = await allocatedBooklets(service, programmeId, 4);
    const handedA = (await call(HAND_OUT, { input: { bookletId: a.id, profile } }, manager)).data.handOut;
    expect(handedA.validUntil).toBe('2021-04-10');
    clock.set('2021-06-15T10:00:00Z');
    const handedB = (await call(HAND_OUT, { input: { bookletId: b.id, profile } }, manager)).data.handOut;
    expect(handedB.validUntil).toBe('2021-12-31');
    const place = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' });
    const spent = b.passes[0].number;
    const redeemed = await call(`mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
      input: { pass: { passNumber: spent, code: verificationCode(passCodeKey(config), spent) }, placeId: place.placeId, idempotencyKey: randomUUID() },
    }, placeOf(place.organisationId));
    expect(redeemed.errors).toBeUndefined();

    await amend(programmeId, { decidedOn: '2021-11-20', endsOn: '2022-06-30', passesValidUntil: '2022-09-30' });
    expect(await passesOf(programmeId)).toMatchObject({ endsOn: '2022-06-30', passesValidUntil: '2022-09-30', closedOn: null, funnel: { validUntil: '2022-09-30' } });
    // B's passes in hand: hand-out + 1 year + 1 month, now below the new cap; the redeemed one keeps its day.
    expect((await call(PASS, { number: b.passes[1].number }, manager)).data.pass).toEqual({ status: 'HANDED_OUT', validUntil: '2022-07-15' });
    expect((await call(PASS, { number: spent }, manager)).data.pass).toEqual({ status: 'REDEEMED', validUntil: '2021-12-31' });
    expect((await service.dataSource.query(`SELECT to_char(valid_until, 'YYYY-MM-DD') AS v FROM hand_out WHERE id = $1`, [handedB.id]))[0].v).toBe('2022-07-15');
    // A's own year and month ended before the old end: nothing to extend.
    expect((await call(PASS, { number: a.passes[0].number }, manager)).data.pass).toEqual({ status: 'HANDED_OUT', validUntil: '2021-04-10' });

    // The first day after the old end: only A's passes expire; the passes never handed out wait for the new end.
    clock.set('2022-01-02T03:00:00Z');
    expect((await call(RUN_EXPIRY, { id: programmeId }, manager)).data.runExpiry).toEqual({ expired: 10, creditNotes: [{ passCount: 10 }] });
    // Handed out on the new last day of distribution, valid until the extension.
    clock.set('2022-06-30T10:00:00Z');
    expect((await call(HAND_OUT, { input: { bookletId: c.id, profile } }, manager)).data.handOut.validUntil).toBe('2022-09-30');
    clock.set('2022-07-01T10:00:00Z');
    expect((await call(HAND_OUT, { input: { bookletId: d.id, profile } }, manager)).errors?.[0].extensions).toMatchObject({ code: 'PROGRAMME_ENDED' });
    expect((await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1 } }, manager)).errors?.[0].extensions).toMatchObject({ code: 'PROGRAMME_ENDED', field: 'programmeId' });
    // After B's extended validity: its 9 passes in hand, and D never handed out by the end.
    clock.set('2022-07-16T03:00:00Z');
    expect((await call(RUN_EXPIRY, { id: programmeId }, manager)).data.runExpiry).toEqual({ expired: 19, creditNotes: [{ passCount: 19 }] });
    expect((await call(PASS, { number: c.passes[0].number }, manager)).data.pass).toEqual({ status: 'HANDED_OUT', validUntil: '2022-09-30' });

    // An amendment that brings the end forward stops distribution earlier, but shortens no pass in hand.
    await amend(programmeId, { decidedOn: '2022-07-20', endsOn: '2022-07-01', passesValidUntil: null });
    expect(await passesOf(programmeId)).toMatchObject({ endsOn: '2022-07-01', passesValidUntil: null, funnel: { validUntil: '2022-07-01' } });
    expect((await call(PASS, { number: c.passes[0].number }, manager)).data.pass.validUntil).toBe('2022-09-30');
  });

  it('keeps the latest amendment whatever the order of arrival, and one announced before the opening', async () => {
    const programmeId = randomUUID();
    await amend(programmeId, { decidedOn: '2021-03-01', endsOn: '2023-06-30', passesValidUntil: '2023-07-31' });
    await open(programmeId);
    expect(await passesOf(programmeId)).toMatchObject({ endsOn: '2023-06-30', passesValidUntil: '2023-07-31' });
    // An earlier deliberation delivered late changes nothing; a re-announced opening neither.
    await amend(programmeId, { decidedOn: '2021-02-01', endsOn: '2022-01-31', passesValidUntil: null });
    await open(programmeId);
    expect(await passesOf(programmeId)).toMatchObject({ endsOn: '2023-06-30', passesValidUntil: '2023-07-31' });
    await amend(programmeId, { decidedOn: '2021-03-01', endsOn: '2023-09-30', passesValidUntil: null });
    expect(await passesOf(programmeId)).toMatchObject({ endsOn: '2023-09-30', passesValidUntil: null });
  });

  it('refuses orders, activations and hand-outs of a closed programme, writing nothing; passes in hand stay redeemable', async () => {
    clock.set('2021-03-01T10:00:00Z');
    const programmeId = await openTestProgramme(service, { startsOn: '2020-01-01', endsOn: '2021-12-31' });
    const manager = managerOf(programmeId);
    const [handed, kept] = await allocatedBooklets(service, programmeId, 2);
    const inHand = (await call(HAND_OUT, { input: { bookletId: handed.id, profile } }, manager)).data.handOut.passes[0].number;
    // Passes may be redeemed until 30 June 2022, after the accounts are closed.
    await amend(programmeId, { decidedOn: '2021-06-01', endsOn: '2021-12-31', passesValidUntil: '2022-06-30' });
    const placed = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1 } }, manager);
    const delivered = placed.data.placeOrder.id;
    await call(`mutation($id: ID!) { markOrderDelivered(orderId: $id) { id } }`, { id: delivered }, manager);

    clock.set('2022-04-01T10:00:00Z');
    await close(programmeId, '2022-03-31');
    expect(await passesOf(programmeId)).toMatchObject({ closedOn: '2022-03-31' });
    const orders = async () => (await service.dataSource.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'ACTIVATED')::int AS activated FROM pass_order WHERE programme_id = $1`, [programmeId]))[0];
    const before = await orders();
    const ACTIVATE = `mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "MANDAT-2022-1") { id } }`;
    expect((await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1 } }, manager)).errors?.[0].extensions).toMatchObject({ code: 'PROGRAMME_CLOSED', field: 'programmeId', closedOn: '2022-03-31' });
    expect((await call(ACTIVATE, { id: delivered }, manager)).errors?.[0].extensions).toMatchObject({ code: 'PROGRAMME_CLOSED', field: 'orderId' });
    expect((await call(HAND_OUT, { input: { bookletId: kept.id, profile } }, manager)).errors?.[0].extensions).toMatchObject({ code: 'PROGRAMME_CLOSED', field: 'bookletId' });
    expect((await call(HAND_OUT, { input: { passNumber: kept.passes[0].number, profile } }, manager)).errors?.[0].extensions).toMatchObject({ code: 'PROGRAMME_CLOSED', field: 'passNumber' });
    expect(await orders()).toEqual(before);
    expect((await call(PASS, { number: kept.passes[0].number }, manager)).data.pass.status).toBe('ISSUED');

    // Another programme's manager is told what a missing order or programme tells.
    const stranger = managerOf(randomUUID());
    expect(told(await call(ACTIVATE, { id: delivered }, stranger))).toEqual(told(await call(ACTIVATE, { id: randomUUID() }, stranger)));
    expect(told(await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1 } }, stranger))).toEqual(told(await call(PLACE_ORDER, { input: { programmeId: randomUUID(), bookletCount: 1 } }, stranger)));

    // A pass handed out before the closing is still spent at a place, on its last valid day.
    expect((await call(PASS, { number: inHand }, manager)).data.pass).toEqual({ status: 'HANDED_OUT', validUntil: '2022-04-01' });
    const place = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' });
    const redeemed = await call(`mutation($input: RedeemPassInput!) { redeemPass(input: $input) { status } }`, {
      input: { pass: { passNumber: inHand, code: verificationCode(passCodeKey(config), inHand) }, placeId: place.placeId, idempotencyKey: randomUUID() },
    }, placeOf(place.organisationId));
    expect(redeemed.data).toEqual({ redeemPass: { status: 'REDEEMED' } });
  });

  it('learns of a closing announced before the opening', async () => {
    const programmeId = randomUUID();
    await close(programmeId, '2022-03-31');
    await open(programmeId);
    expect(await passesOf(programmeId)).toMatchObject({ closedOn: '2022-03-31' });
  });
});
