// Test helpers of this service: publish consumed events the way their producers' relays do
// (envelope JSON on `<prefix>.<type>`, message id = event id), and ready-made payloads.
import { randomUUID } from 'node:crypto';
import { eventSubject, type EventBus } from '@pass-numerique/messaging';
import { AgreementSignedV1, PlaceQualifiedV1, ProgrammeOpenedV1, validatePayload, type EventContract, type EventType } from '@pass-numerique/event-contracts';
import { callSubgraph, eventually } from '@pass-numerique/testing';
import type { DataSource } from 'typeorm';

export async function publishEvent<P>(bus: EventBus, contract: EventContract<EventType, P>, payload: P, id: string = randomUUID(), occurredAt = new Date()): Promise<string> {
  const envelope = { id, type: contract.type, occurredAt: occurredAt.toISOString(), payload: validatePayload(contract, payload) };
  await bus.js.publish(eventSubject(bus.prefix, contract.type), JSON.stringify(envelope), { msgID: id });
  return id;
}

export function uniqueCode(prefix = 'TEST'): string {
  return `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
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

/** A qualified place, as partners would announce it. */
export async function qualifyTestPlace(service: RunningForTests, inseeCode = '80021'): Promise<{ placeId: string; organisationId: string }> {
  const placeId = randomUUID();
  const organisationId = randomUUID();
  await publishEvent(service.bus, PlaceQualifiedV1, {
    placeId,
    organisationId,
    name: 'Médiathèque de test',
    inseeCode,
    cashesThroughRegie: false,
    at: new Date().toISOString(),
  });
  await eventually(async () => (await service.dataSource.query(`SELECT 1 FROM place WHERE id = $1`, [placeId])).length > 0, 10_000, 'the place');
  return { placeId, organisationId };
}

/** A distributor agreement, as partners would announce it. */
export async function signTestDistributor(
  service: RunningForTests,
  programmeId: string,
  scope: { level: 'REGION' | 'DEPARTEMENT' | 'EPCI' | 'COMMUNE'; code: string } | null = { level: 'DEPARTEMENT', code: '80' },
): Promise<{ organisationId: string; agreementId: string }> {
  const organisationId = randomUUID();
  const agreementId = randomUUID();
  await publishEvent(service.bus, AgreementSignedV1, { agreementId, programmeId, organisationId, role: 'DISTRIBUTOR', scope, startsOn: '2020-01-01', endsOn: null });
  await eventually(async () => (await service.dataSource.query(`SELECT 1 FROM distributor_agreement WHERE agreement_id = $1`, [agreementId])).length > 0, 10_000, 'the agreement');
  return { organisationId, agreementId };
}

export const PLACE_ORDER = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
  id status bookletCount bookletSize passCount passFaceValue { cents } faceValueTotal { cents } fee { cents } feeRateBasisPoints
  perimeter { level code } targetPublics } }`;

/** Places, delivers and activates an order through the API; returns its id. */
export async function activatedOrder(url: string, programmeId: string, input: Record<string, unknown> = {}): Promise<string> {
  const placed = await callSubgraph(url, PLACE_ORDER, { input: { programmeId, bookletCount: 2, ...input } });
  if (placed.errors) throw new Error(JSON.stringify(placed.errors));
  const orderId = placed.data.placeOrder.id;
  await callSubgraph(url, `mutation($id: ID!) { markOrderDelivered(orderId: $id) { id } }`, { id: orderId });
  const activated = await callSubgraph(url, `mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "MANDAT-2020-001") { status } }`, { id: orderId });
  if (activated.errors) throw new Error(JSON.stringify(activated.errors));
  return orderId;
}

/** Allocates `bookletCount` booklets of an order to a distributor and hands each to a beneficiary; returns their pass numbers. */
export async function handedOutPasses(url: string, orderId: string, distributorOrganisationId: string, bookletCount = 1, residenceInseeCode = '80021'): Promise<string[]> {
  const allocated = await callSubgraph(url, `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id } }`, {
    input: { distributorOrganisationId, orderId, count: bookletCount },
  });
  if (allocated.errors) throw new Error(JSON.stringify(allocated.errors));
  const numbers: string[] = [];
  for (const { id } of allocated.data.allocateBooklets) {
    const handed = await callSubgraph(url, `mutation($input: HandOutInput!) { handOut(input: $input) { passes { number } } }`, {
      input: { bookletId: id, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode, consent: true } },
    });
    if (handed.errors) throw new Error(JSON.stringify(handed.errors));
    numbers.push(...handed.data.handOut.passes.map((p: { number: string }) => p.number));
  }
  return numbers;
}
