// Integration: two programmes of two authorities on one partners service, and places that work for
// both. A place applies to each programme and each programme's staff decide, and read, for theirs
// only: another programme's application answers them exactly as one that does not exist — same
// data, code, message and field — and nothing changes. Bank details are the place's own.
import { randomUUID } from 'node:crypto';
import { caller, callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import type { Identity } from '@pass-numerique/service-kit';
import { startPartnersService } from './server';
import { VALID_IBAN } from './test-support/factories';
import { ANONYMOUS, apply, applicationDocuments, dataOf, managerOf, placeStaffOf, qualify, registerOrganisation, registerPlace, told } from './testing/partners-test-kit';

const SECOND_IBAN = 'DE89 3704 0044 0532 0130 00';
const DECISIONS: Array<[string, string]> = [
  ['qualifyPlace', ''],
  ['suspendPlace', ', reason: "Contrôle"'],
  ['reinstatePlace', ''],
  ['revokePlace', ', reason: "Fermeture"'],
];
const RECORDS = `query($id: ID!, $p: ID!) { place(id: $id) { qualifications { programme { id } status history { action by } } one: qualification(programmeId: $p) { programme { id } status } } }`;

describe('partners: a place works for several programmes, each deciding for its own', () => {
  const { service } = useTestService('partners', startPartnersService, { logLevel: 'error', loadDemoData: false });
  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, identity);
  const decide = (identity: Identity, mutation: string, args: string, placeId: string, programmeId: string) =>
    call(identity, `mutation($id: ID!, $p: ID!) { ${mutation}(placeId: $id, programmeId: $p${args}) { id acceptsPasses } }`, { id: placeId, p: programmeId });

  const a = randomUUID();
  const b = randomUUID();
  const managerA = managerOf(a, { subject: 'manager-a' });
  const managerB = managerOf(b, { subject: 'manager-b' });
  let organisationId: string;
  let member: Identity;
  /** Applied to A (qualified) and to B (applied). */
  let both: string;
  /** Applied to B only. */
  let onlyB: string;

  /** Everything partners holds of a place's qualifications, to show that a refused call changed nothing. */
  async function stateOf(placeId: string) {
    const [row] = await service.dataSource.query(
      `SELECT p.iban, p.cashes_through_regie, p.accepts_passes,
              (SELECT json_agg(json_build_object('programme', q.programme_id, 'status', q.status) ORDER BY q.programme_id) FROM place_qualification q WHERE q.place_id = p.id) AS qualifications,
              (SELECT count(*)::int FROM qualification_step s WHERE s.place_id = p.id) AS steps,
              (SELECT count(*)::int FROM outbox_event) AS events
         FROM place p WHERE p.id = $1`,
      [placeId],
    );
    return row;
  }

  beforeAll(async () => {
    organisationId = await registerOrganisation(service.url, { legalKind: 'ASSOCIATION' });
    member = placeStaffOf(organisationId);
    both = await registerPlace(service.url, organisationId);
    await qualify(service.url, both, organisationId, a);
    await apply(service.url, both, organisationId, b);
    onlyB = await registerPlace(service.url, organisationId);
    await apply(service.url, onlyB, organisationId, b);
  });

  it("answers A's manager about B's application exactly as about an application that does not exist, and changes nothing", async () => {
    const before = await stateOf(onlyB);
    for (const [mutation, args] of DECISIONS) {
      const theirs = await decide(managerA, mutation, args, onlyB, b);
      expect(theirs.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'placeId' });
      expect(theirs.data).toBeNull();
      // As an application to a programme that does not exist, of a place that does not exist…
      const [place, programme] = [randomUUID(), randomUUID()];
      expect(told(theirs, onlyB, b)).toEqual(told(await decide(managerA, mutation, args, place, programme), place, programme));
      expect(told(theirs, b)).toEqual(told(await decide(managerA, mutation, args, onlyB, programme), programme));
      // …and as about its own programme, when the place has not applied to it.
      expect(told(theirs, b)).toEqual(told(await decide(managerA, mutation, args, onlyB, a), a));
    }
    expect(await stateOf(onlyB)).toEqual(before);
  });

  it("lets each programme's manager decide for their programme only, and announces the decision with the programme", async () => {
    expect((await decide(managerB, 'qualifyPlace', '', both, b)).data.qualifyPlace.acceptsPasses).toBe(true);
    const qualified = await eventually(async () => {
      const last = await lastPublishedEvent(service.bus, 'partners.place.qualified.v2');
      return last?.payload.placeId === both && last.payload.programmeId === b ? last : undefined;
    }, 10_000, "B's qualification event");
    expect(qualified.payload).toMatchObject({ organisationId, programmeId: b });

    const before = await stateOf(both);
    expect((await decide(managerA, 'suspendPlace', ', reason: "Contrôle"', both, b)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'placeId' });
    expect(await stateOf(both)).toEqual(before);

    expect((await decide(managerA, 'suspendPlace', ', reason: "Contrôle"', both, a)).data.suspendPlace.acceptsPasses).toBe(true);
    const ACCEPTS = `query($id: ID!, $a: ID!, $b: ID!) { place(id: $id) { any: acceptsPasses ofA: acceptsPasses(programmeId: $a) ofB: acceptsPasses(programmeId: $b) } }`;
    expect((await call(ANONYMOUS, ACCEPTS, { id: both, a, b })).data.place).toEqual({ any: true, ofA: false, ofB: true });
    expect((await decide(managerA, 'reinstatePlace', '', both, a)).errors).toBeUndefined();
    expect((await call(ANONYMOUS, ACCEPTS, { id: both, a, b })).data.place).toEqual({ any: true, ofA: true, ofB: true });
    // A manager of both programmes decides in each.
    const managerOfBoth = managerOf([a, b]);
    expect((await decide(managerOfBoth, 'suspendPlace', ', reason: "Contrôle"', both, b)).errors).toBeUndefined();
    expect((await decide(managerOfBoth, 'reinstatePlace', '', both, b)).errors).toBeUndefined();
  });

  it("shows each programme's staff and auditors that programme's record only, another's as one that does not exist, and the place's organisation all of its own", async () => {
    const readers: Array<[Identity, string[]]> = [
      [managerA, [a]],
      [caller('finance_officer', { programmeId: a }), [a]],
      [caller('funder_auditor', { programmeId: a }), [a]],
      [managerB, [b]],
      [caller('funder_auditor', { programmeId: b }), [b]],
      [managerOf([a, b]), [a, b]],
      [member, [a, b]],
      [managerOf(randomUUID()), []],
      [placeStaffOf(randomUUID()), []],
    ];
    for (const [reader, visible] of readers) {
      const ofB = await call(reader, RECORDS, { id: both, p: b });
      expect(ofB.errors).toBeUndefined();
      // None to show reads as for the public: null.
      expect(ofB.data.place.qualifications?.map((q: { programme: { id: string } }) => q.programme.id) ?? null).toEqual(visible.length > 0 ? [a, b].filter((p) => visible.includes(p)) : null);
      if (!visible.includes(b)) {
        const unknown = randomUUID();
        expect(told(ofB, b)).toEqual(told(await call(reader, RECORDS, { id: both, p: unknown }), unknown));
        expect(ofB.data.place.one).toBeNull();
      } else expect(ofB.data.place.one).toEqual({ programme: { id: b }, status: 'QUALIFIED' });
    }
    const history = (await call(managerA, RECORDS, { id: both, p: a })).data.place.one;
    expect(history).toEqual({ programme: { id: a }, status: 'QUALIFIED' });
    const steps = (await call(managerA, RECORDS, { id: both, p: a })).data.place.qualifications[0].history;
    expect(steps.map((s: { action: string }) => s.action)).toEqual(['APPLY', 'QUALIFY', 'SUSPEND', 'REINSTATE']);
    expect(steps.every((s: { by: string }) => [member.subject, 'manager-a', `manager-of-${a}`].includes(s.by))).toBe(true);
    // The public may not read records at all: the policy's FORBIDDEN.
    const anonymous = await call(ANONYMOUS, RECORDS, { id: both, p: a });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it("shows the place's bank details to the staff of a programme it applied to, and to no other programme's", async () => {
    const PRIVATE = `query($id: ID!) { place(id: $id) { iban cashesThroughRegie contactPeople { name } } }`;
    const c = randomUUID();
    expect((await call(managerB, PRIVATE, { id: onlyB })).data.place.iban).toBe('FR7630006000011234567890189');
    expect((await call(caller('finance_officer', { programmeId: b }), PRIVATE, { id: onlyB })).data.place.iban).toBe('FR7630006000011234567890189');
    for (const outsider of [managerA, managerOf(c), caller('finance_officer', { programmeId: a })]) {
      const theirs = await call(outsider, PRIVATE, { id: onlyB });
      expect(theirs).toMatchObject({ data: { place: { iban: null, cashesThroughRegie: null, contactPeople: null } } });
      expect(theirs.errors).toBeUndefined();
    }
  });

  it("takes a place's application only from its own organisation, in the programmes its grants reach", async () => {
    const stranger = placeStaffOf(await registerOrganisation(service.url));
    const APPLY = `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`;
    const c = randomUUID();
    const before = await stateOf(onlyB);
    const theirs = await call(stranger, APPLY, { input: { placeId: onlyB, programmeId: c, iban: VALID_IBAN } });
    const missing = randomUUID();
    expect(theirs.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'placeId' });
    expect(told(theirs, onlyB)).toEqual(told(await call(stranger, APPLY, { input: { placeId: missing, programmeId: c, iban: VALID_IBAN } }), missing));

    const limitedToA = placeStaffOf(organisationId, { programmeIds: [a] });
    const elsewhere = await call(limitedToA, APPLY, { input: { placeId: onlyB, programmeId: c, iban: VALID_IBAN } });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'programmeId' });
    expect(await stateOf(onlyB)).toEqual(before);
    expect((await call(limitedToA, APPLY, { input: { placeId: onlyB, programmeId: a, iban: VALID_IBAN, documentIds: await applicationDocuments(service.url, organisationId) } })).errors).toBeUndefined();
  });

  it('keeps the bank details once a programme has qualified the place: each application sets them until then, none changes them after', async () => {
    const place = await registerPlace(service.url, organisationId);
    const [c, d, e] = [randomUUID(), randomUUID(), randomUUID()];
    await apply(service.url, place, organisationId, a);
    await apply(service.url, place, organisationId, b, { iban: SECOND_IBAN });
    expect((await stateOf(place)).iban).toBe('DE89370400440532013000');
    await dataOf(decide(managerB, 'qualifyPlace', '', place, b));

    const before = await stateOf(place);
    const APPLY = `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`;
    const other = await call(member, APPLY, { input: { placeId: place, programmeId: c, iban: VALID_IBAN } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BANK_DETAILS_LOCKED', field: 'iban' });
    const regie = await call(member, APPLY, { input: { placeId: place, programmeId: c, iban: SECOND_IBAN, cashesThroughRegie: true } });
    expect(regie.errors?.[0].extensions).toMatchObject({ code: 'BANK_DETAILS_LOCKED', field: 'cashesThroughRegie' });
    expect(await stateOf(place)).toEqual(before);

    // The IBAN on file, however it is spelt, and the régie flag on file (given or left out).
    expect((await call(member, APPLY, { input: { placeId: place, programmeId: c, iban: 'de89 3704 0044 0532 0130 00', documentIds: await applicationDocuments(service.url, organisationId) } })).errors).toBeUndefined();
    expect((await call(member, APPLY, { input: { placeId: place, programmeId: d, iban: SECOND_IBAN, cashesThroughRegie: false, documentIds: await applicationDocuments(service.url, organisationId) } })).errors).toBeUndefined();
    // Revoked everywhere, the place still was qualified once: its bank details stay.
    await dataOf(decide(managerB, 'revokePlace', ', reason: "Fermeture"', place, b));
    expect((await call(member, APPLY, { input: { placeId: place, programmeId: e, iban: VALID_IBAN } })).errors?.[0].extensions?.code).toBe('BANK_DETAILS_LOCKED');
    expect((await stateOf(place)).iban).toBe('DE89370400440532013000');
  });

  it("keeps each programme's decisions in that programme's audit trail", async () => {
    const TRAIL = `{ partnersAuditTrail(first: 200) { edges { node { operation programmeIds outcome } } } }`;
    const trailOf = async (reader: Identity) =>
      (await dataOf(call(reader, TRAIL))).partnersAuditTrail.edges.map((e: { node: { operation: string; programmeIds: string[]; outcome: string } }) => e.node);
    const ofA = await trailOf(managerA);
    expect(ofA.length).toBeGreaterThan(0);
    expect(ofA.every((n: { programmeIds: string[] }) => n.programmeIds.includes(a))).toBe(true);
    expect(ofA).toContainEqual({ operation: 'qualifyPlace', programmeIds: [a], outcome: 'OK' });
    expect(ofA).toContainEqual({ operation: 'applyForQualification', programmeIds: [a], outcome: 'OK' });
    expect(ofA.some((n: { programmeIds: string[] }) => n.programmeIds.includes(b))).toBe(false);
    const ofB = await trailOf(managerB);
    expect(ofB).toContainEqual({ operation: 'qualifyPlace', programmeIds: [b], outcome: 'OK' });
    expect(ofB.some((n: { programmeIds: string[] }) => n.programmeIds.includes(a))).toBe(false);
  });
});
