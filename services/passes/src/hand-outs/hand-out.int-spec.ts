// Integration: booklets allocated to distributors within their scope, taken back, re-allocated,
// and handed to beneficiaries with a pseudonymous profile — on a real PostgreSQL and NATS.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { activatedOrder, distributorOf, managerOf, openTestProgramme, PLACE_ORDER, signTestDistributor } from '../testing/passes-test-kit';

const ALLOCATE = `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id number state distributor { id } } }`;
const RETURN = `mutation($ids: [ID!]!) { returnBooklets(bookletIds: $ids) { id state } }`;
const HAND_OUT = `mutation($input: HandOutInput!) { handOut(input: $input) { id validUntil passCount distributor { id } passes { number status validUntil } } }`;
const FUNNEL = `query($id: ID!) { programmePasses(programmeId: $id) { funnel { allocated handedOut } } }`;

const profile = (overrides: Record<string, unknown> = {}) => ({
  ageBand: 'FROM_45_TO_59',
  situation: 'FAR_FROM_EMPLOYMENT',
  residenceInseeCode: '80021', // Amiens
  consent: true,
  ...overrides,
});

describe('booklets to distributors, passes to beneficiaries', () => {
  const clock = new ManualClock('2020-03-15T10:00:00Z');
  const { service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock });
  let programmeId: string;
  let orderId: string;
  let somme: { organisationId: string; agreementId: string };
  let manager: Identity;
  const call = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => callSubgraph(service.url, query, variables, identity);

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { perimeter: { level: 'REGION', code: '32' }, startsOn: '2020-02-04', endsOn: '2021-12-31' });
    orderId = await activatedOrder(service.url, programmeId, { bookletCount: 12, perimeter: { level: 'DEPARTEMENT', code: '80' } });
    somme = await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '80' });
    manager = managerOf(programmeId);
  });
  beforeEach(() => clock.set('2020-03-15T10:00:00Z'));

  const funnel = async () => (await call(FUNNEL, { id: programmeId })).data.programmePasses.funnel;
  const allocate = async (count: number, distributorOrganisationId = somme.organisationId) => {
    const res = await call(ALLOCATE, { input: { distributorOrganisationId, orderId, count } });
    if (res.errors) throw Object.assign(new Error(res.errors[0].message), { extensions: res.errors[0].extensions });
    return res.data.allocateBooklets as Array<{ id: string; number: string; state: string }>;
  };
  const asDistributor = (organisationId: string) => distributorOf(organisationId, { subject: `staff-${organisationId.slice(0, 4)}` });

  it('allocates booklets of an order to a distributor within its scope, counted and announced', async () => {
    const before = await funnel();
    const booklets = await allocate(2);
    expect(booklets).toHaveLength(2);
    for (const b of booklets) expect(b).toMatchObject({ state: 'ALLOCATED', distributor: { id: somme.organisationId } });
    expect((await funnel()).allocated - before.allocated).toBe(20);
    const event = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.booklet.allocated.v1');
      return e?.payload.bookletId === booklets[1].id ? e : undefined;
    }, 10_000, 'passes.booklet.allocated.v1');
    expect(event.payload).toMatchObject({ distributorOrganisationId: somme.organisationId, passCount: 10, agreementId: somme.agreementId, scope: { level: 'DEPARTEMENT', code: '80' } });
    const mine = await call(`query($org: ID!) { distributorBooklets(organisationId: $org) { totalCount } }`, { org: somme.organisationId }, asDistributor(somme.organisationId));
    expect(mine.data.distributorBooklets.totalCount).toBeGreaterThanOrEqual(2);
    // Another distributor reads Somme's list as the list of an organisation without booklets.
    const LIST = `query($org: ID!) { distributorBooklets(organisationId: $org) { totalCount edges { node { id } } } }`;
    const stranger = asDistributor(randomUUID());
    const theirs = await call(LIST, { org: somme.organisationId }, stranger);
    expect(theirs).toEqual(await call(LIST, { org: randomUUID() }, stranger));
    expect(theirs.data).toEqual({ distributorBooklets: { totalCount: 0, edges: [] } });
  });

  it('refuses a distributor without agreement, outside its scope, or for booklets not in stock or not delivered', async () => {
    await expect(allocate(1, randomUUID())).rejects.toMatchObject({ extensions: { code: 'NOT_A_DISTRIBUTOR', field: 'distributorOrganisationId' } });
    const nord = await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '59' });
    await expect(allocate(1, nord.organisationId)).rejects.toMatchObject({ extensions: { code: 'OUTSIDE_AGREEMENT_SCOPE' } });
    const [taken] = await allocate(1);
    const again = await call(ALLOCATE, { input: { distributorOrganisationId: somme.organisationId, bookletIds: [taken.id] } });
    expect(again.errors?.[0].extensions?.code).toBe('BOOKLET_NOT_IN_STOCK');
    const placed = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1 } });
    const notDelivered = await call(ALLOCATE, { input: { distributorOrganisationId: somme.organisationId, orderId: placed.data.placeOrder.id, count: 1 } });
    expect(notDelivered.errors?.[0].extensions?.code).toBe('ORDER_NOT_DELIVERED');
    const tooMany = await call(ALLOCATE, { input: { distributorOrganisationId: somme.organisationId, orderId, count: 500 } });
    expect(tooMany.errors?.[0].extensions?.code).toBe('NOT_ENOUGH_BOOKLETS');
  });

  it('takes an unused booklet back and re-allocates it to another distributor', async () => {
    const [booklet] = await allocate(1);
    const before = await funnel();
    const other = await signTestDistributor(service, programmeId, null);
    // Another distributor's booklet reads as a missing one.
    const foreign = await call(RETURN, { ids: [booklet.id] }, asDistributor(other.organisationId));
    expect(foreign.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'bookletIds' });
    expect(foreign.errors?.[0].message).toBe((await call(RETURN, { ids: [randomUUID()] }, asDistributor(other.organisationId))).errors?.[0].message);
    const back = await call(RETURN, { ids: [booklet.id] }, asDistributor(somme.organisationId));
    expect(back.data.returnBooklets).toEqual([{ id: booklet.id, state: 'IN_STOCK' }]);
    expect((await funnel()).allocated).toBe(before.allocated - 10);
    const moved = await call(ALLOCATE, { input: { distributorOrganisationId: other.organisationId, bookletIds: [booklet.id] } });
    expect(moved.data.allocateBooklets[0]).toMatchObject({ state: 'ALLOCATED', distributor: { id: other.organisationId } });
    expect((await funnel()).allocated).toBe(before.allocated);
    const returned = await lastPublishedEvent(service.bus, 'passes.booklet.returned.v1');
    expect(returned?.payload).toMatchObject({ bookletId: booklet.id, distributorOrganisationId: somme.organisationId, passCount: 10 });
  });

  it('hands a booklet to a beneficiary: valid one year and one month, pseudonymous, counted and announced', async () => {
    const [booklet] = await allocate(1);
    const before = await funnel();
    const { data, errors } = await call(HAND_OUT, { input: { bookletId: booklet.id, profile: profile({ gender: 'FEMALE' }) } }, asDistributor(somme.organisationId));
    expect(errors).toBeUndefined();
    expect(data.handOut).toMatchObject({ validUntil: '2021-04-15', passCount: 10, distributor: { id: somme.organisationId } });
    expect(data.handOut.passes.every((p: { status: string; validUntil: string }) => p.status === 'HANDED_OUT' && p.validUntil === '2021-04-15')).toBe(true);
    expect((await funnel()).handedOut - before.handedOut).toBe(10);
    const event = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.pass.distributed.v1');
      return e?.payload.handOutId === data.handOut.id ? e : undefined;
    }, 10_000, 'passes.pass.distributed.v1');
    expect(Object.keys(event.payload).sort()).toEqual(
      ['bookletId', 'distributorOrganisationId', 'faceValueTotalCents', 'farFromEmployment', 'handOutId', 'handedOutAt', 'orderId', 'passCount', 'passNumbers', 'programmeId', 'residenceInseeCode', 'validUntil'],
    );
    expect(event.payload).toMatchObject({ residenceInseeCode: '80021', farFromEmployment: true, faceValueTotalCents: 10_000 });
    const booklets = await call(`query($id: ID!) { booklet(id: $id) { state handedOutCount } }`, { id: booklet.id });
    expect(booklets.data.booklet).toEqual({ state: 'HANDED_OUT', handedOutCount: 10 });
  });

  it("caps validity at the programme's end", async () => {
    clock.set('2021-06-01T09:00:00Z');
    const [booklet] = await allocate(1);
    const { data } = await call(HAND_OUT, { input: { bookletId: booklet.id, profile: profile() } });
    expect(data.handOut.validUntil).toBe('2021-12-31');
  });

  it('hands out a single pass, then the rest of its booklet, never twice', async () => {
    const [booklet] = await allocate(1);
    const passes = (await call(`query($id: ID!) { booklet(id: $id) { passes { number } } }`, { id: booklet.id })).data.booklet.passes;
    const single = await call(HAND_OUT, { input: { passNumber: passes[3].number, profile: profile({ ageBand: 'FROM_16_TO_25', situation: 'STUDENT' }) } });
    expect(single.data.handOut.passes).toEqual([{ number: passes[3].number, status: 'HANDED_OUT', validUntil: '2021-04-15' }]);
    const twice = await call(HAND_OUT, { input: { passNumber: passes[3].number, profile: profile() } });
    expect(twice.errors?.[0].extensions?.code).toBe('PASS_ALREADY_HANDED_OUT');
    const rest = await call(HAND_OUT, { input: { bookletId: booklet.id, profile: profile() } });
    expect(rest.data.handOut.passCount).toBe(9);
    const none = await call(HAND_OUT, { input: { bookletId: booklet.id, profile: profile() } });
    expect(none.errors?.[0].extensions?.code).toBe('BOOKLET_ALREADY_HANDED_OUT');
    const startedBack = await call(RETURN, { ids: [booklet.id] });
    expect(startedBack.errors?.[0].extensions?.code).toBe('BOOKLET_STARTED');
  });

  it('refuses each bad hand-out with its own code, writing nothing', async () => {
    const [booklet] = await allocate(1);
    const attempt = async (input: Record<string, unknown>, identity?: Identity) =>
      (await call(HAND_OUT, { input: { bookletId: booklet.id, profile: profile(), ...input } }, identity)).errors?.[0].extensions;
    expect(await attempt({ profile: profile({ consent: false }) })).toMatchObject({ code: 'CONSENT_REQUIRED', field: 'profile.consent' });
    expect(await attempt({ profile: profile({ residenceInseeCode: '99999' }) })).toMatchObject({ code: 'UNKNOWN_COMMUNE', field: 'profile.residenceInseeCode' });
    expect(await attempt({ profile: profile({ residenceInseeCode: '59350' }) })).toEqual({
      code: 'OUTSIDE_PERIMETER',
      field: 'profile.residenceInseeCode',
      perimeterLevel: 'DEPARTEMENT',
      perimeterCode: '80',
      perimeterName: 'Somme',
    });
    // Another distributor's booklet reads as a missing one; a pass of it as an unknown number.
    expect(await attempt({}, asDistributor(randomUUID()))).toEqual({ code: 'NOT_FOUND', field: 'bookletId' });
    expect(await attempt({ bookletId: randomUUID() }, asDistributor(randomUUID()))).toEqual({ code: 'NOT_FOUND', field: 'bookletId' });
    const ofBooklet = (await call(`query($id: ID!) { booklet(id: $id) { passes { number } } }`, { id: booklet.id })).data.booklet.passes[0].number;
    expect(await attempt({ bookletId: undefined, passNumber: ofBooklet }, asDistributor(randomUUID()))).toEqual({ code: 'UNKNOWN_PASS', field: 'passNumber' });
    expect(await attempt({ bookletId: undefined, passNumber: '100000000000' })).toEqual({ code: 'UNKNOWN_PASS', field: 'passNumber' });
    expect(await attempt({ bookletId: undefined, passNumber: '100000000000' }, asDistributor(randomUUID()))).toEqual({ code: 'UNKNOWN_PASS', field: 'passNumber' });
    const inStock = (await call(`query($id: ID!) { passOrder(id: $id) { booklets(first: 50) { edges { node { id state } } } } }`, { id: orderId }))
      .data.passOrder.booklets.edges.find((e: { node: { state: string } }) => e.node.state === 'IN_STOCK').node;
    expect(await attempt({ bookletId: inStock.id })).toMatchObject({ code: 'BOOKLET_NOT_ALLOCATED' });
    // A distributor learns nothing of a booklet still in stock: it reads as a missing one.
    expect(await attempt({ bookletId: inStock.id }, asDistributor(somme.organisationId))).toEqual({ code: 'NOT_FOUND', field: 'bookletId' });
    clock.set('2022-01-01T08:00:00Z');
    expect(await attempt({})).toMatchObject({ code: 'PROGRAMME_ENDED' });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM hand_out WHERE booklet_id = $1`, [booklet.id]);
    expect(count).toBe(0);
  });

  it('reserves passes of a targeted order to its publics', async () => {
    const targeted = await activatedOrder(service.url, programmeId, { bookletCount: 1, targetPublics: ['SENIORS', 'FAR_FROM_EMPLOYMENT'] });
    const [booklet] = (await call(ALLOCATE, { input: { distributorOrganisationId: somme.organisationId, orderId: targeted, count: 1 } })).data.allocateBooklets;
    const refused = await call(HAND_OUT, { input: { bookletId: booklet.id, profile: profile({ situation: 'EMPLOYED', ageBand: 'FROM_26_TO_44' }) } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'PUBLIC_NOT_TARGETED', targetPublics: ['SENIORS', 'FAR_FROM_EMPLOYMENT'] });
    const senior = await call(HAND_OUT, { input: { bookletId: booklet.id, profile: profile({ situation: 'RETIRED', ageBand: 'FROM_75' }) } });
    expect(senior.errors).toBeUndefined();
  });

  it('finds the next pass to hand out across all the distributor\'s booklets, per programme, for it and the programme\'s readers only', async () => {
    const NEXT = `query($org: ID!) { nextPassesToHandOut(organisationId: $org) { passNumber availableCount programme { id } booklet { id number } } }`;
    const distributor = await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '80' });
    const own = asDistributor(distributor.organisationId);
    const next = async (identity: Identity = own) => (await call(NEXT, { org: distributor.organisationId }, identity)).data.nextPassesToHandOut;
    expect(await next()).toEqual([]);
    const booklets = await allocate(3, distributor.organisationId);
    const passesOf = async (bookletId: string) => (await call(`query($id: ID!) { booklet(id: $id) { passes { number } } }`, { id: bookletId })).data.booklet.passes.map((p: { number: string }) => p.number);
    const lowest = [...booklets].sort((a, b) => a.number.localeCompare(b.number))[0];
    const first = await passesOf(lowest.id);
    expect(await next()).toEqual([{ passNumber: first[0], availableCount: 30, programme: { id: programmeId }, booklet: { id: lowest.id, number: lowest.number } }]);
    // Handing the whole lowest booklet out moves the next pass to the following booklet, wherever it is in the list.
    await call(HAND_OUT, { input: { bookletId: lowest.id, profile: profile() } }, own);
    const [after] = await next();
    expect(after.availableCount).toBe(20);
    expect(after.booklet.id).not.toBe(lowest.id);
    expect((await next(manager))).toEqual([after]);
    // Another distributor, another programme's manager: nothing to hand out.
    expect(await next(asDistributor(randomUUID()))).toEqual([]);
    expect(await next(managerOf(randomUUID()))).toEqual([]);
    expect((await call(NEXT, { org: 'not-an-id' }, own)).data.nextPassesToHandOut).toEqual([]);
  });
});
