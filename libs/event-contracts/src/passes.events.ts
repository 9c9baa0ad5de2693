// Events published by the passes service. One defineEvent per event; a breaking change is a new version.
// Payloads carry ids, counts, dates and integer-cent amounts. Beneficiaries appear only as the
// commune they live in and whether they are far from employment (the State's condition) — never
// a name, a contact, an age or anything else that could single a person out.
import { z } from 'zod';
import { defineEvent, type EventContract } from './contract';
import { cents, isoDate, isoInstant, territoryRef, uuid, inseeCode } from './shared-schemas';

/** A pass number: 11-digit serial followed by a Luhn check digit. */
export const passNumber = z.string().regex(/^\d{12}$/);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const count = z.number().int().nonnegative().safe();

/** A beneficiary's situation, as the distributor records it (no other detail of the person). */
export const BENEFICIARY_SITUATIONS = ['FAR_FROM_EMPLOYMENT', 'JOB_SEEKER', 'EMPLOYED', 'STUDENT', 'RETIRED', 'INACTIVE', 'OTHER'] as const;
/** Publics an order may be restricted to: a situation, or an age group (16–25; 60 and over). */
export const TARGET_PUBLICS = [...BENEFICIARY_SITUATIONS, 'YOUNG_PEOPLE', 'SENIORS'] as const;

/** An order of passes was placed with the operator. Funding records it as a commitment. */
export const OrderPlacedV1 = defineEvent(
  'passes.order.placed.v1',
  z.object({
    orderId: uuid,
    programmeId: uuid,
    buyerOrganisationId: uuid.nullable(),
    operatorOrganisationId: uuid.nullable(),
    bookletCount: count,
    bookletSize: z.union([z.literal(5), z.literal(10)]),
    passCount: count,
    /** Face value of one pass. */
    passFaceValueCents: cents.positive(),
    /** passCount × passFaceValueCents. */
    faceValueTotalCents: cents.nonnegative(),
    /** Upstream fee rate on face value, excl. VAT, in basis points (4 % = 400). */
    feeRateBasisPoints: z.number().int().min(0).max(10_000),
    /** Fee on the face value total, rounded half away from zero to the cent. */
    feeCents: cents.nonnegative(),
    perimeter: territoryRef,
    validFrom: isoDate.nullable(),
    validUntil: isoDate.nullable(),
    targetPublics: z.array(z.enum(TARGET_PUBLICS)),
    placedAt: isoInstant,
  }),
);

/** The buyer sent the payment-order number: the order's passes may now be used once handed out. */
export const OrderActivatedV1 = defineEvent(
  'passes.order.activated.v1',
  z.object({
    orderId: uuid,
    programmeId: uuid,
    paymentOrderNumber: z.string().min(1).max(64),
    passCount: count,
    faceValueTotalCents: cents.nonnegative(),
    feeCents: cents.nonnegative(),
    activatedAt: isoInstant,
  }),
);

const bookletMove = {
  bookletId: uuid,
  bookletNumber: z.string().regex(/^\d{10}$/),
  orderId: uuid,
  programmeId: uuid,
  distributorOrganisationId: uuid,
  /** Passes of the booklet not handed out yet: those that move. */
  passCount: count,
};

/** A booklet was given to a distributor, within its agreement's territory scope. */
export const BookletAllocatedV1 = defineEvent(
  'passes.booklet.allocated.v1',
  z.object({ ...bookletMove, agreementId: uuid, scope: territoryRef, allocatedAt: isoInstant }),
);

/** A distributor gave an unused booklet back; it may be allocated again. */
export const BookletReturnedV1 = defineEvent('passes.booklet.returned.v1', z.object({ ...bookletMove, returnedAt: isoInstant }));

/** Passes (a whole booklet or a single pass) were handed to a beneficiary. */
export const PassDistributedV1 = defineEvent(
  'passes.pass.distributed.v1',
  z.object({
    handOutId: uuid,
    programmeId: uuid,
    orderId: uuid,
    bookletId: uuid,
    distributorOrganisationId: uuid,
    passNumbers: z.array(passNumber).min(1).max(10),
    passCount: count,
    faceValueTotalCents: cents.nonnegative(),
    /** Commune of residence of the beneficiary (INSEE code): the territory the passes count for. */
    residenceInseeCode: inseeCode,
    farFromEmployment: z.boolean(),
    /** Last day the passes may be redeemed. */
    validUntil: isoDate,
    handedOutAt: isoInstant,
  }),
);

/** A pass was redeemed at a qualified place; the place is owed its face value. */
export const PassRedeemedV1 = defineEvent(
  'passes.pass.redeemed.v1',
  z.object({
    redemptionId: uuid,
    passNumber,
    programmeId: uuid,
    orderId: uuid,
    placeId: uuid,
    placeOrganisationId: uuid,
    faceValueCents: cents.positive(),
    redeemedAt: isoInstant,
  }),
);

/** Programme staff cancelled a redemption (within the cancellation window); the pass is usable again. */
export const PassRedemptionCancelledV1 = defineEvent(
  'passes.pass.redemption-cancelled.v1',
  z.object({
    redemptionId: uuid,
    passNumber,
    programmeId: uuid,
    orderId: uuid,
    placeId: uuid,
    faceValueCents: cents.positive(),
    cancelledAt: isoInstant,
  }),
);

/** Passes of one order reached the end of their validity unused (one event per order and expiry run). */
export const PassExpiredV1 = defineEvent(
  'passes.pass.expired.v1',
  z.object({
    expiryId: uuid,
    programmeId: uuid,
    orderId: uuid,
    passCount: count,
    /** Of which never handed out (distribution stopped at the programme's end). */
    neverHandedOutCount: count,
    faceValueTotalCents: cents.nonnegative(),
    /** The day from which these passes are no longer valid. */
    expiredOn: isoDate,
  }),
);

const statementFacts = {
  statementId: uuid,
  programmeId: uuid,
  placeId: uuid,
  placeOrganisationId: uuid,
  /** The month whose redemptions the statement reimburses, YYYY-MM. */
  month,
  /** Passes redeemed in the month that the statement reimburses. */
  passCount: count,
  /**
   * What the statement pays the place: the face value of those passes, less the recoveries it
   * takes back (redemptions of earlier paid statements found invalid). passes.statement.paid.v2
   * gives both figures and the recoveries one by one.
   */
  amountCents: cents.nonnegative(),
};

/** Programme staff approved a place's monthly statement: it may be paid. */
export const StatementApprovedV1 = defineEvent('passes.statement.approved.v1', z.object({ ...statementFacts, approvedAt: isoInstant }));

/** A place's monthly statement was paid. Funding records the payment. */
export const StatementPaidV1 = defineEvent(
  'passes.statement.paid.v1',
  z.object({ ...statementFacts, paymentReference: z.string().min(1).max(64), paidOn: isoDate }),
);

/** A redemption taken back from its place: what the recovery event and the statement that takes it back both say of it. */
const recoveryFacts = {
  recoveryId: uuid,
  redemptionId: uuid,
  passNumber,
  /** The paid statement whose payment included the redemption. */
  paidStatementId: uuid,
  /** The redemption's face value: what the place owes back. */
  amountCents: cents.positive(),
  /** Why the redemption was found invalid, as programme staff wrote it. */
  reason: z.string().min(1).max(500),
};

/**
 * A place's monthly statement was paid, with what it is made of: the face value of the passes
 * redeemed in the month (gross), the recoveries it took back, and the net paid (amountCents, as in
 * v1). A recovery is money the place gives back, by set-off on this payment, for a redemption of
 * an earlier statement that was paid and then found invalid (passes.redemption.recovered.v1): a
 * receipt of `amountCents` correcting the payment of `paidStatementId`, received on `paidOn`.
 * Published beside v1, in the same transaction; a consumer takes one of the two.
 */
export const StatementPaidV2 = defineEvent(
  'passes.statement.paid.v2',
  z.object({
    ...statementFacts,
    /** Face value of the passes redeemed in the month. */
    grossAmountCents: cents.nonnegative(),
    /** The sum of `recoveries`; grossAmountCents − recoveredCents = amountCents. */
    recoveredCents: cents.nonnegative(),
    recoveries: z.array(z.object(recoveryFacts)),
    paymentReference: z.string().min(1).max(64),
    paidOn: isoDate,
  }),
);

/**
 * Programme staff found a redemption invalid after the statement that reimbursed it was paid. Its
 * face value is owed back by the place and is taken back on the place's next statement for the
 * programme (passes.statement.paid.v2 lists it then, with the day it was paid); the pass is back
 * in its beneficiary's hands, valid as before (it expires and is credited like any unused pass).
 */
export const RedemptionRecoveredV1 = defineEvent(
  'passes.redemption.recovered.v1',
  z.object({
    ...recoveryFacts,
    programmeId: uuid,
    orderId: uuid,
    placeId: uuid,
    placeOrganisationId: uuid,
    recoveredAt: isoInstant,
  }),
);

/** The buyer was given back the face value of unused (expired) passes of an order. Funding records it. */
export const CreditNoteIssuedV1 = defineEvent(
  'passes.credit-note.issued.v1',
  z.object({
    creditNoteId: uuid,
    programmeId: uuid,
    orderId: uuid,
    buyerOrganisationId: uuid.nullable(),
    passCount: count,
    /** passCount × the order's face value per pass. */
    amountCents: cents.nonnegative(),
    issuedAt: isoInstant,
  }),
);

export const PASSES_EVENTS: readonly EventContract<any, any>[] = [
  OrderPlacedV1,
  OrderActivatedV1,
  BookletAllocatedV1,
  BookletReturnedV1,
  PassDistributedV1,
  PassRedeemedV1,
  PassRedemptionCancelledV1,
  PassExpiredV1,
  StatementApprovedV1,
  StatementPaidV1,
  StatementPaidV2,
  RedemptionRecoveredV1,
  CreditNoteIssuedV1,
];
