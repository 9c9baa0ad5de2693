// Test helpers of this service: open a throwaway programme through the API, publish the passes
// service's events the way its relay does (envelope JSON on `<prefix>.<type>`, message id =
// event id), and complete payloads with defaults (overrides last).
import { randomInt, randomUUID } from 'node:crypto';
import { eventSubject, streamName, type EventBus } from '@pass-numerique/messaging';
import type { RunningSubgraph } from '@pass-numerique/service-kit';
import {
  CreditNoteIssuedV1,
  OrderActivatedV1,
  OrderPlacedV1,
  PassRedeemedV1,
  PassRedemptionCancelledV1,
  RedemptionRecoveredV1,
  StatementApprovedV1,
  StatementPaidV1,
  StatementPaidV2,
  validatePayload,
  type EventContract,
  type EventType,
  type PayloadOf,
} from '@pass-numerique/event-contracts';
import { FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import type { Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, eventually } from '@pass-numerique/testing';

/**
 * Publishes under a fresh JetStream message id, so that re-publishing an envelope id reaches the
 * consumer again (a redelivery JetStream's own de-duplication would otherwise hide).
 */
export async function publishEvent<P>(bus: EventBus, contract: EventContract<EventType, P>, payload: P, id: string = randomUUID()): Promise<{ id: string; seq: number }> {
  const envelope = { id, type: contract.type, occurredAt: new Date().toISOString(), payload: validatePayload(contract, payload) };
  const ack = await bus.js.publish(eventSubject(bus.prefix, contract.type), JSON.stringify(envelope), { msgID: randomUUID() });
  return { id, seq: ack.seq };
}

/** Waits until the service's consumer of the event type has acknowledged everything up to `seq`. */
export async function consumed(service: RunningSubgraph<unknown>, contract: EventContract<EventType, unknown>, seq: number): Promise<void> {
  await eventually(async () => {
    const info = await service.bus.jsm.consumers.info(streamName(service.bus.prefix, contract.producer), service.consumer.durableName(contract.type));
    return info.ack_floor.stream_seq >= seq || undefined;
  }, 10_000, `${contract.type} up to #${seq} to be consumed`);
}

/** Publishes events in order and waits until each one's consumer has acknowledged it. */
export async function deliver(service: RunningSubgraph<unknown>, ...events: Array<[EventContract<EventType, any>, unknown, string?]>): Promise<string[]> {
  const published: Array<{ contract: EventContract<EventType, unknown>; seq: number; id: string }> = [];
  for (const [contract, payload, id] of events) published.push({ contract, ...(await publishEvent(service.bus, contract, payload, id)) });
  for (const { contract, seq } of published) await consumed(service, contract, seq);
  return published.map((p) => p.id);
}

export function uniqueCode(prefix = 'TEST'): string {
  return `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
}

const OPEN = `mutation($input: OpenProgrammeInput!) { openProgramme(input: $input) { id authorisations { id } } }`;

/** The platform operator, who opens test programmes for whichever authority a test names. */
export const OPERATOR = caller('platform_operator', { subject: 'test-operator' });

/** A programme manager of these programmes, acting for an authority (its own organisation by default: a fresh one). */
export function managerOf(programmeId: string | string[], organisationId: string = randomUUID()): Identity {
  return caller('programme_manager', { ...(Array.isArray(programmeId) ? { programmeIds: programmeId } : { programmeId }), organisationId });
}

/**
 * Opens a programme decided on 2024-01-15 with one authorisation and its schedule, as the platform
 * operator, for a fresh authority unless one is given; returns the ids.
 */
export async function openTestProgramme(
  url: string,
  options: { amount?: string; schedule?: Array<{ budgetYear: number; amount: string }>; settlementModel?: 'PREPAID_OPERATOR' | 'DIRECT'; ownerOrganisationId?: string } = {},
): Promise<{ programmeId: string; authorisationId: string; code: string; ownerOrganisationId: string }> {
  const { deliberation, authorisation } = FOUNDING_DECISION;
  const code = uniqueCode('FUND');
  const ownerOrganisationId = options.ownerOrganisationId ?? randomUUID();
  const { data, errors } = await callSubgraph(
    url,
    OPEN,
    {
      input: {
        code,
        name: 'Programme de test',
        ownerOrganisationId,
        perimeter: { level: 'DEPARTEMENT', code: '80' },
        startsOn: '2024-01-15',
        endsOn: '2025-12-31',
        settlementModel: options.settlementModel ?? 'PREPAID_OPERATOR',
        deliberation: { ...deliberation, id: undefined, decidedOn: '2024-01-15', vote: { ...deliberation.vote } },
        authorisation: {
          kind: 'AE',
          amount: options.amount ?? '1000.00',
          budgetYear: 2024,
          imputation: authorisation.imputation,
          schedule: options.schedule ?? [
            { budgetYear: 2024, amount: '600.00' },
            { budgetYear: 2025, amount: '400.00' },
          ],
        },
      },
    },
    OPERATOR,
  );
  if (errors) throw new Error(`could not open a test programme: ${JSON.stringify(errors)}`);
  return { programmeId: data.openProgramme.id, authorisationId: data.openProgramme.authorisations[0].id, code, ownerOrganisationId };
}

const passNumber = () => String(randomInt(10 ** 11, 10 ** 12 - 1)).padStart(12, '0');

export function orderPlaced(programmeId: string, overrides: Partial<PayloadOf<typeof OrderPlacedV1>> = {}): PayloadOf<typeof OrderPlacedV1> {
  const passCount = overrides.passCount ?? 10;
  const passFaceValueCents = overrides.passFaceValueCents ?? 1_000;
  const faceValueTotalCents = passCount * passFaceValueCents;
  return {
    orderId: randomUUID(),
    programmeId,
    buyerOrganisationId: null,
    operatorOrganisationId: null,
    bookletCount: Math.ceil(passCount / 10),
    bookletSize: 10,
    passCount,
    passFaceValueCents,
    faceValueTotalCents,
    feeRateBasisPoints: 400,
    feeCents: (faceValueTotalCents * 400) / 10_000,
    perimeter: { level: 'DEPARTEMENT', code: '80' },
    validFrom: null,
    validUntil: null,
    targetPublics: [],
    placedAt: '2024-03-01T10:00:00+01:00',
    ...overrides,
  };
}

export function orderActivated(order: PayloadOf<typeof OrderPlacedV1>, overrides: Partial<PayloadOf<typeof OrderActivatedV1>> = {}): PayloadOf<typeof OrderActivatedV1> {
  return {
    orderId: order.orderId,
    programmeId: order.programmeId,
    paymentOrderNumber: `M-${randomInt(100_000, 999_999)}`,
    passCount: order.passCount,
    faceValueTotalCents: order.faceValueTotalCents,
    feeCents: order.feeCents,
    activatedAt: '2024-04-02T09:00:00+02:00',
    ...overrides,
  };
}

export function passRedeemed(order: PayloadOf<typeof OrderPlacedV1>, overrides: Partial<PayloadOf<typeof PassRedeemedV1>> = {}): PayloadOf<typeof PassRedeemedV1> {
  return {
    redemptionId: randomUUID(),
    passNumber: passNumber(),
    programmeId: order.programmeId,
    orderId: order.orderId,
    placeId: randomUUID(),
    placeOrganisationId: randomUUID(),
    faceValueCents: order.passFaceValueCents,
    redeemedAt: '2024-05-10T14:00:00+02:00',
    ...overrides,
  };
}

export function redemptionCancelled(redemption: PayloadOf<typeof PassRedeemedV1>, cancelledAt: string): PayloadOf<typeof PassRedemptionCancelledV1> {
  const { redemptionId, passNumber: number, programmeId, orderId, placeId, faceValueCents } = redemption;
  return { redemptionId, passNumber: number, programmeId, orderId, placeId, faceValueCents, cancelledAt };
}

type StatementPaid = PayloadOf<typeof StatementPaidV2>;
type RedemptionRecovered = PayloadOf<typeof RedemptionRecoveredV1>;

/**
 * A place's statement paid, as passes.statement.paid.v2 announces it: `amountCents` is the net paid
 * (3 passes, 30.00, by default); the gross adds what `recoveries` took back.
 */
export function statementPaid(programmeId: string, overrides: Partial<Omit<StatementPaid, 'grossAmountCents' | 'recoveredCents'>> = {}): StatementPaid {
  const recoveries = overrides.recoveries ?? [];
  const recoveredCents = recoveries.reduce((sum, r) => sum + r.amountCents, 0);
  const amountCents = overrides.amountCents ?? 3_000;
  return {
    statementId: randomUUID(),
    programmeId,
    placeId: randomUUID(),
    placeOrganisationId: randomUUID(),
    month: '2024-05',
    passCount: 3,
    paymentReference: `VIR-${randomInt(100_000, 999_999)}`,
    paidOn: '2024-06-12',
    ...overrides,
    amountCents,
    grossAmountCents: amountCents + recoveredCents,
    recoveredCents,
    recoveries,
  };
}

/** What passes.statement.paid.v1 said of the same payment: the net only. */
export function statementPaidV1(statement: StatementPaid): PayloadOf<typeof StatementPaidV1> {
  const { statementId, programmeId, placeId, placeOrganisationId, month, passCount, amountCents, paymentReference, paidOn } = statement;
  return { statementId, programmeId, placeId, placeOrganisationId, month, passCount, amountCents, paymentReference, paidOn };
}

/** A redemption of `paidStatement` found invalid after it was paid, recovered from its place. */
export function redemptionRecovered(
  redemption: PayloadOf<typeof PassRedeemedV1>,
  paidStatement: StatementPaid,
  overrides: Partial<RedemptionRecovered> = {},
): RedemptionRecovered {
  return {
    recoveryId: randomUUID(),
    redemptionId: redemption.redemptionId,
    passNumber: redemption.passNumber,
    programmeId: redemption.programmeId,
    orderId: redemption.orderId,
    placeId: paidStatement.placeId,
    placeOrganisationId: paidStatement.placeOrganisationId,
    paidStatementId: paidStatement.statementId,
    amountCents: redemption.faceValueCents,
    reason: 'Pass présenté par une autre personne que son bénéficiaire',
    recoveredAt: '2024-07-03T11:00:00+02:00',
    ...overrides,
  };
}

/** The recovery as the statement that takes it back lists it. */
export function takenBack(recovery: RedemptionRecovered): StatementPaid['recoveries'][number] {
  const { recoveryId, redemptionId, passNumber, paidStatementId, amountCents, reason } = recovery;
  return { recoveryId, redemptionId, passNumber, paidStatementId, amountCents, reason };
}

/** The approval that preceded a statement's payment. */
export function statementApproved(statement: StatementPaid, approvedAt: string): PayloadOf<typeof StatementApprovedV1> {
  const { statementId, programmeId, placeId, placeOrganisationId, month, passCount, amountCents } = statement;
  return { statementId, programmeId, placeId, placeOrganisationId, month, passCount, amountCents, approvedAt };
}

export function creditNoteIssued(order: PayloadOf<typeof OrderPlacedV1>, passCount: number, issuedAt = '2025-06-01T08:00:00+02:00'): PayloadOf<typeof CreditNoteIssuedV1> {
  return {
    creditNoteId: randomUUID(),
    programmeId: order.programmeId,
    orderId: order.orderId,
    buyerOrganisationId: null,
    passCount,
    amountCents: passCount * order.passFaceValueCents,
    issuedAt,
  };
}

export { CreditNoteIssuedV1, OrderActivatedV1, OrderPlacedV1, PassRedeemedV1, PassRedemptionCancelledV1, RedemptionRecoveredV1, StatementApprovedV1, StatementPaidV1, StatementPaidV2 };
