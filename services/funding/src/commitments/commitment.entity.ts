// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { centsColumn, nullableCentsColumn } from '../database/cents-column';

export const COMMITMENT_KINDS = ['PASS_ORDER', 'ENGINEERING', 'OTHER'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** A legal commitment (engagement) charged to a commitment authorisation. */
@Entity({ name: 'commitment' })
export class CommitmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'authorisation_id', type: 'uuid' })
  authorisationId!: string;

  @Column({ type: 'text' })
  kind!: CommitmentKind;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'committed_on', type: 'date' })
  committedOn!: string;

  @Column({ name: 'budget_year', type: 'integer' })
  budgetYear!: number;

  /** As committed; reductions are separate rows, so history is never rewritten. */
  @Column({ name: 'amount_cents', type: 'bigint', transformer: centsColumn })
  amountCents!: number;

  /** PASS_ORDER only: face value of the passes… */
  @Column({ name: 'face_value_cents', type: 'bigint', nullable: true, transformer: nullableCentsColumn })
  faceValueCents!: number | null;

  /** …plus the operator's fee: together the amount. */
  @Column({ name: 'fee_cents', type: 'bigint', nullable: true, transformer: nullableCentsColumn })
  feeCents!: number | null;

  @Column({ name: 'pass_count', type: 'integer', nullable: true })
  passCount!: number | null;

  /** The passes service's order, when the commitment came from its order-placed event. */
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  /** The event that produced it; unique, so a re-delivered event can never commit twice. */
  @Column({ name: 'source_event_id', type: 'uuid', nullable: true })
  sourceEventId!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** A payment order (mandat) against a commitment. */
@Entity({ name: 'payment' })
export class PaymentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @Column({ name: 'payment_order_number', type: 'text' })
  paymentOrderNumber!: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Column({ name: 'budget_year', type: 'integer' })
  budgetYear!: number;

  @Column({ name: 'invoice_reference', type: 'text', nullable: true })
  invoiceReference!: string | null;

  @Column({ name: 'feder_eligible', type: 'boolean' })
  federEligible!: boolean;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: centsColumn })
  amountCents!: number;

  /** Who is paid: the operator for an order, the place for a statement, a supplier for a contract. */
  @Column({ name: 'payee_organisation_id', type: 'uuid', nullable: true })
  payeeOrganisationId!: string | null;

  @Column({ name: 'payee_name', type: 'text', nullable: true })
  payeeName!: string | null;

  @Column({ name: 'source_event_id', type: 'uuid', nullable: true })
  sourceEventId!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/**
 * A reduction of a commitment (a credit note for unused passes, a cancelled part of a contract):
 * it releases part of what was committed, never money already paid — money given back is a
 * receipt of its own (ReceiptEntity).
 */
@Entity({ name: 'commitment_reduction' })
export class CommitmentReductionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: centsColumn })
  amountCents!: number;

  @Column({ name: 'reduced_on', type: 'date' })
  reducedOn!: string;

  @Column({ name: 'budget_year', type: 'integer' })
  budgetYear!: number;

  @Column({ type: 'text' })
  reference!: string;

  /** Whether the receipt that may come with it lowers the FEDER-eligible expenses. */
  @Column({ name: 'feder_eligible', type: 'boolean' })
  federEligible!: boolean;

  @Column({ name: 'pass_count', type: 'integer', nullable: true })
  passCount!: number | null;

  @Column({ name: 'credit_note_id', type: 'uuid', nullable: true })
  creditNoteId!: string | null;

  @Column({ name: 'source_event_id', type: 'uuid', nullable: true })
  sourceEventId!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

export const RECEIPT_KINDS = ['CREDIT_NOTE', 'RECOVERY'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/**
 * A receipt (titre de recettes): money given back on a commitment — a credit note for unused
 * passes, a recovery of money paid wrongly. It never lowers a payment: payments and receipts are
 * separate lines, each charged to its own budget year.
 */
@Entity({ name: 'receipt' })
export class ReceiptEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @Column({ type: 'text' })
  kind!: ReceiptKind;

  /** The receipt order's number, once the finance department issued it. */
  @Column({ name: 'title_number', type: 'text', nullable: true })
  titleNumber!: string | null;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'budget_year', type: 'integer' })
  budgetYear!: number;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: centsColumn })
  amountCents!: number;

  /** Whether it lowers the FEDER-eligible expenses. */
  @Column({ name: 'feder_eligible', type: 'boolean' })
  federEligible!: boolean;

  /** Who gives the money back: the operator for a credit note, the place for a recovery. */
  @Column({ name: 'payer_organisation_id', type: 'uuid', nullable: true })
  payerOrganisationId!: string | null;

  @Column({ name: 'payer_name', type: 'text', nullable: true })
  payerName!: string | null;

  /** The credit note's, statement's or decision's reference. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'pass_count', type: 'integer', nullable: true })
  passCount!: number | null;

  @Column({ name: 'credit_note_id', type: 'uuid', nullable: true })
  creditNoteId!: string | null;

  /** The reduction of the commitment recorded with it (a credit note also releases what it covers). */
  @Column({ name: 'reduction_id', type: 'uuid', nullable: true })
  reductionId!: string | null;

  /** For a correction after payment: the payment found wrong. */
  @Column({ name: 'corrected_payment_id', type: 'uuid', nullable: true })
  correctedPaymentId!: string | null;

  /** For a recovery the passes service announced and a place's statement took back: the recovery's id. */
  @Column({ name: 'recovery_id', type: 'uuid', nullable: true })
  recoveryId!: string | null;

  @Column({ name: 'source_event_id', type: 'uuid', nullable: true })
  sourceEventId!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
