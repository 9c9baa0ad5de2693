// Every column names its type: the esbuild bundle carries no decorator metadata (STACK-NOTES, pitfall 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { centsColumn } from '../database/cents-column';

export const CO_FUNDER_KINDS = ['STATE', 'EU_FEDER', 'OWN_FUNDS', 'OTHER'] as const;
export type CoFunderKind = (typeof CO_FUNDER_KINDS)[number];
/** How a co-funder's share is computed from what actually happened. */
export const CO_FUNDING_RULES = ['USED_PASSES_SHARE', 'ELIGIBLE_PAID_RATE', 'REMAINDER'] as const;
export type CoFundingRule = (typeof CO_FUNDING_RULES)[number];
export const CO_FUNDING_STATUSES = ['REQUESTED', 'GRANTED', 'SIGNED'] as const;
export type CoFundingStatus = (typeof CO_FUNDING_STATUSES)[number];

@Entity({ name: 'co_funder' })
export class CoFunderEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  /** An organisation of the partners service. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  kind!: CoFunderKind;

  @Column({ type: 'text' })
  rule!: CoFundingRule;

  /** Basis points (16.36 % = 1636); null for REMAINDER. */
  @Column({ name: 'rate_basis_points', type: 'integer', nullable: true })
  rateBasisPoints!: number | null;

  @Column({ name: 'planned_cents', type: 'bigint', transformer: centsColumn })
  plannedCents!: number;

  @Column({ name: 'agreement_reference', type: 'text', nullable: true })
  agreementReference!: string | null;

  @Column({ type: 'text' })
  status!: CoFundingStatus;

  /** Order of the co-funders as the plan lists them. */
  @Column({ type: 'integer' })
  position!: number;
}

@Entity({ name: 'co_funder_receipt' })
export class CoFunderReceiptEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'co_funder_id', type: 'uuid' })
  coFunderId!: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: centsColumn })
  amountCents!: number;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  /** The co-funder's payment reference (e.g. the State's payment notice number). */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
