// Test helpers of this service: publish consumed events the way their producers' relays do
// (envelope JSON on `<prefix>.<type>`, message id = event id), ready-made payloads, and the
// callers of a programme (identities with grants, as the gateway signs them).
import { randomUUID } from 'node:crypto';
import { eventSubject, type EventBus } from '@pass-numerique/messaging';
import {
  AgreementSignedV1,
  PlaceQualifiedV2,
  PlaceReinstatedV2,
  PlaceRevokedV2,
  PlaceSuspendedV2,
  ProgrammeOpenedV1,
  validatePayload,
  type EventContract,
  type EventType,
} from '@pass-numerique/event-contracts';
import type { Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, eventually } from '@pass-numerique/testing';
import type { DataSource } from 'typeorm';

export async function publishEvent<P>(bus: EventBus, contract: EventContract<EventType, P>, payload: P, id: string = randomUUID(), occurredAt = new Date()): Promise<string> {
  const envelope = { id, type: contract.type, occurredAt: occurredAt.toISOString(), payload: validatePayload(contract, payload) };
  await bus.js.publish(eventSubject(bus.prefix, contract.type), JSON.stringify(envelope), { msgID: id });
  return id;
}

export function uniqueCode(prefix = 'TEST'): string {
  return `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
}

/** A programme manager of these programmes. */
export function managerOf(programmeId: string | string[], subject = `manager-${randomUUID()}`): Identity {
  return caller('programme_manager', { ...(Array.isArray(programmeId) ? { programmeIds: programmeId } : { programmeId }), organisationId: randomUUID(), subject });
}

/** A finance officer of this programme. */
export function financeOf(programmeId: string): Identity {
  return caller('finance_officer', { programmeId, organisationId: randomUUID(), subject: `finance-${randomUUID()}` });
}

/** A funder's auditor of this programme. */
export function auditorOf(programmeId: string): Identity {
  return caller('funder_auditor', { programmeId, subject: `auditor-${randomUUID()}` });
}

/** What a caller is told, without the path: two answers that read alike are the same to a prober. */
export function told(response: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) {
  return { data: response.data ?? null, errors: response.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) };
}

/** Someone of a distributor organisation (in every programme it takes part in, or in these only). */
export function distributorOf(organisationId: string, options: { programmeIds?: string[]; subject?: string; scopes?: string[] } = {}): Identity {
  return caller('distributor', { organisationId, subject: options.subject ?? `distributor-${randomUUID()}`, programmeIds: options.programmeIds, scopes: options.scopes });
}

/** Someone (or some software) of the organisation running a place (in every programme it takes part in, or in these only). */
export function placeOf(organisationId: string, options: { programmeIds?: string[]; subject?: string; scopes?: string[] } = {}): Identity {
  return caller('place', { organisationId, subject: options.subject ?? `place-${randomUUID()}`, programmeIds: options.programmeIds, scopes: options.scopes });
}

interface RunningForTests {
  bus: EventBus;
  dataSource: DataSource;
  url: string;
}

/** Announces a programme as funding would, and waits until passes has it. */
export async function openTestProgramme(
  service: RunningForTests,
  overrides: Partial<{ perimeter: { level: 'REGION' | 'DEPARTEMENT' | 'EPCI' | 'COMMUNE'; code: string }; startsOn: string; endsOn: string; ownerOrganisationId: string | null }> = {},
): Promise<string> {
  const programmeId = randomUUID();
  await publishEvent(service.bus, ProgrammeOpenedV1, {
    programmeId,
    code: uniqueCode('PRG'),
    name: 'Programme de test',
    ownerOrganisationId: randomUUID(),
    perimeter: { level: 'DEPARTEMENT', code: '80' },
    startsOn: '2020-01-01',
    endsOn: '2030-12-31',
    authorisedCents: 100_000_000,
    ...overrides,
  });
  await eventually(async () => (await service.dataSource.query(`SELECT 1 FROM programme WHERE id = $1`, [programmeId])).length > 0, 10_000, 'the programme');
  return programmeId;
}

export interface TestPlace {
  placeId: string;
  organisationId: string;
  inseeCode: string;
  /** Its public name; 'Médiathèque de test' unless given. */
  name?: string;
}

const QUALIFICATION_EVENTS = { QUALIFIED: PlaceQualifiedV2, SUSPENDED: PlaceSuspendedV2, REINSTATED: PlaceReinstatedV2, REVOKED: PlaceRevokedV2 } as const;

/**
 * One programme's decision on a place, as partners would announce it (`at` defaults to now), and
 * waits until passes has recorded it — or, for a decision that must lose to a later one, until
 * its consumer has had it (`expectStatus` says what the place's status must end up being).
 */
export async function decideOnTestPlace(
  service: RunningForTests,
  place: TestPlace,
  programmeId: string,
  decision: keyof typeof QUALIFICATION_EVENTS,
  options: { at?: Date; expectStatus?: string } = {},
): Promise<void> {
  const at = options.at ?? new Date();
  const payload = { placeId: place.placeId, programmeId, organisationId: place.organisationId, name: place.name ?? 'Médiathèque de test', inseeCode: place.inseeCode, cashesThroughRegie: false, at: at.toISOString() };
  const contract = QUALIFICATION_EVENTS[decision] as EventContract<EventType, typeof payload & { reason?: string }>;
  const id = await publishEvent(service.bus, contract, decision === 'SUSPENDED' || decision === 'REVOKED' ? { ...payload, reason: 'contrôle de test' } : payload);
  const expected = options.expectStatus ?? (decision === 'REINSTATED' ? 'QUALIFIED' : decision);
  await eventually(
    async () => {
      const [seen] = await service.dataSource.query(`SELECT 1 FROM processed_event WHERE event_id = $1`, [id]);
      const [row] = await service.dataSource.query(`SELECT status FROM place_qualification WHERE place_id = $1 AND programme_id = $2`, [place.placeId, programmeId]);
      return seen && row?.status === expected;
    },
    10_000,
    `the place ${decision.toLowerCase()} for the programme`,
  );
}

/** A place (a new one unless given) qualified for a programme, as partners would announce it. */
export async function qualifyTestPlace(service: RunningForTests, programmeId: string, options: { inseeCode?: string; place?: TestPlace } = {}): Promise<TestPlace> {
  const place = options.place ?? { placeId: randomUUID(), organisationId: randomUUID(), inseeCode: options.inseeCode ?? '80021' };
  await decideOnTestPlace(service, place, programmeId, 'QUALIFIED');
  return place;
}

/** A distributor agreement, as partners would announce it. */
export async function signTestDistributor(
  service: RunningForTests,
  programmeId: string,
  scope: { level: 'REGION' | 'DEPARTEMENT' | 'EPCI' | 'COMMUNE'; code: string } | null = { level: 'DEPARTEMENT', code: '80' },
  organisationId: string = randomUUID(),
): Promise<{ organisationId: string; agreementId: string }> {
  const agreementId = randomUUID();
  await publishEvent(service.bus, AgreementSignedV1, { agreementId, programmeId, organisationId, role: 'DISTRIBUTOR', scope, startsOn: '2020-01-01', endsOn: null });
  await eventually(async () => (await service.dataSource.query(`SELECT 1 FROM distributor_agreement WHERE agreement_id = $1`, [agreementId])).length > 0, 10_000, 'the agreement');
  return { organisationId, agreementId };
}

export const PLACE_ORDER = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
  id status bookletCount bookletSize passCount passFaceValue { cents } faceValueTotal { cents } fee { cents } feeRateBasisPoints
  perimeter { level code } targetPublics } }`;

/** Places, delivers and activates an order through the API as the programme's manager; returns its id. */
export async function activatedOrder(url: string, programmeId: string, input: Record<string, unknown> = {}): Promise<string> {
  const manager = managerOf(programmeId);
  const placed = await callSubgraph(url, PLACE_ORDER, { input: { programmeId, bookletCount: 2, ...input } }, manager);
  if (placed.errors) throw new Error(JSON.stringify(placed.errors));
  const orderId = placed.data.placeOrder.id;
  await callSubgraph(url, `mutation($id: ID!) { markOrderDelivered(orderId: $id) { id } }`, { id: orderId }, manager);
  const activated = await callSubgraph(url, `mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "MANDAT-2020-001") { status } }`, { id: orderId }, manager);
  if (activated.errors) throw new Error(JSON.stringify(activated.errors));
  return orderId;
}

/** An activated order of the programme, its booklets allocated to a new distributor of the Somme, as the programme's manager; returns them with their pass numbers. */
export async function allocatedBooklets(service: RunningForTests, programmeId: string, bookletCount: number): Promise<Array<{ id: string; passes: Array<{ number: string }> }>> {
  const orderId = await activatedOrder(service.url, programmeId, { bookletCount });
  const { organisationId } = await signTestDistributor(service, programmeId);
  const allocated = await callSubgraph(service.url, `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id passes { number } } }`, {
    input: { distributorOrganisationId: organisationId, orderId, count: bookletCount },
  }, managerOf(programmeId));
  if (allocated.errors) throw new Error(JSON.stringify(allocated.errors));
  return allocated.data.allocateBooklets;
}

/**
 * As the programme's manager, allocates `bookletCount` booklets of an order to a distributor and
 * hands each to a beneficiary; returns their pass numbers.
 */
export async function handedOutPasses(url: string, programmeId: string, orderId: string, distributorOrganisationId: string, bookletCount = 1, residenceInseeCode = '80021'): Promise<string[]> {
  const manager = managerOf(programmeId);
  const allocated = await callSubgraph(url, `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id } }`, {
    input: { distributorOrganisationId, orderId, count: bookletCount },
  }, manager);
  if (allocated.errors) throw new Error(JSON.stringify(allocated.errors));
  const numbers: string[] = [];
  for (const { id } of allocated.data.allocateBooklets) {
    const handed = await callSubgraph(url, `mutation($input: HandOutInput!) { handOut(input: $input) { passes { number } } }`, {
      input: { bookletId: id, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode, consent: true } },
    }, manager);
    if (handed.errors) throw new Error(JSON.stringify(handed.errors));
    numbers.push(...handed.data.handOut.passes.map((p: { number: string }) => p.number));
  }
  return numbers;
}
