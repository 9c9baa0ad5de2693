// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const BANK_DETAILS_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type BankDetailsRequestStatus = (typeof BANK_DETAILS_REQUEST_STATUSES)[number];

/** A place's people asking for new bank details, with the bank's certificate; someone else decides. */
@Entity({ name: 'bank_details_change_request' })
export class BankDetailsChangeRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** Electronic format, validated. */
  @Column({ type: 'text' })
  iban!: string;

  @Column({ type: 'text', nullable: true })
  bic!: string | null;

  @Column({ type: 'text' })
  holder!: string;

  /** A BANK_DETAILS_CERTIFICATE document of the place's organisation (documents/). */
  @Column({ name: 'certificate_document_id', type: 'uuid' })
  certificateDocumentId!: string;

  @Column({ type: 'text' })
  status!: BankDetailsRequestStatus;

  /** The requester's subject, never a name: the four-eyes rule compares it with the decider's. */
  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The programme in whose name the finance officer decided. */
  @Column({ name: 'decided_in_programme_id', type: 'uuid', nullable: true })
  decidedInProgrammeId!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;
}

/**
 * The bank details a place was paid on over a period [validFrom, validTo). Never deleted; only
 * validTo is ever written after the insert, when the next version comes into force. The first
 * version of a place that applied before changes were requested is the one given on application
 * (no request, no approver).
 */
@Entity({ name: 'bank_details_version' })
export class BankDetailsVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @Column({ type: 'text' })
  iban!: string;

  @Column({ type: 'text', nullable: true })
  bic!: string | null;

  /** Not asked on application: null for the details given then. */
  @Column({ type: 'text', nullable: true })
  holder!: string | null;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom!: Date;

  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true })
  validTo!: Date | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @Column({ name: 'requested_by', type: 'text', nullable: true })
  requestedBy!: string | null;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'certificate_document_id', type: 'uuid', nullable: true })
  certificateDocumentId!: string | null;
}

/** Which bank details a statement was approved for payment on: written once, when passes announces the approval. */
@Entity({ name: 'statement_payee' })
export class StatementPayeeEntity {
  /** The statement is passes'; we hold its id only. */
  @PrimaryColumn({ name: 'statement_id', type: 'uuid' })
  statementId!: string;

  @Column({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'bank_details_version_id', type: 'uuid' })
  bankDetailsVersionId!: string;

  @Column({ name: 'statement_approved_at', type: 'timestamptz' })
  statementApprovedAt!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
