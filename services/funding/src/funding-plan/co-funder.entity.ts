// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { centsColumn, nullableCentsColumn } from '../database/cents-column';

export const CO_FUNDER_KINDS = ['STATE', 'EU_FEDER', 'OWN_FUNDS', 'OTHER'] as const;
export type CoFunderKind = (typeof CO_FUNDER_KINDS)[number];
/** How a co-funder's share is computed from what actually happened. */
export const CO_FUNDING_RULES = ['FIXED_GRANT', 'USED_PASSES_SHARE', 'ELIGIBLE_PAID_RATE', 'REMAINDER'] as const;
export type CoFundingRule = (typeof CO_FUNDING_RULES)[number];
/** The rules that apply a rate (basis points, or an exact share) to a base. */
export const RATE_RULES: readonly CoFundingRule[] = ['USED_PASSES_SHARE', 'ELIGIBLE_PAID_RATE'];
/** How a rule's product is brought to the cent: DOWN drops the fraction, HALF_UP rounds half a cent up. */
export const ROUNDING_RULES = ['DOWN', 'HALF_UP'] as const;
export type RoundingRule = (typeof ROUNDING_RULES)[number];
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

  /** A rate rule's rate in basis points (50 % = 5000); null when the rate is an exact share, and for the other rules. */
  @Column({ name: 'rate_basis_points', type: 'integer', nullable: true })
  rateBasisPoints!: number | null;

  /** A rate rule's rate as an exact share: shareAmount of shareOf (FEDER: 125,000.00 of 763,900.00). */
  @Column({ name: 'share_amount_cents', type: 'bigint', nullable: true, transformer: nullableCentsColumn })
  shareAmountCents!: number | null;

  @Column({ name: 'share_of_cents', type: 'bigint', nullable: true, transformer: nullableCentsColumn })
  shareOfCents!: number | null;

  @Column({ type: 'text' })
  rounding!: RoundingRule;

  /** FIXED_GRANT: the eligible spending the convention's amount is computed on; spending below it reduces the grant pro rata. */
  @Column({ name: 'grant_base_cents', type: 'bigint', nullable: true, transformer: nullableCentsColumn })
  grantBaseCents!: number | null;

  /** FIXED_GRANT: the day the convention was signed, from which the advance may be claimed. */
  @Column({ name: 'grant_signed_on', type: 'date', nullable: true })
  grantSignedOn!: string | null;

  /** FIXED_GRANT: the advance paid at signature, in basis points of the grant. */
  @Column({ name: 'advance_rate_basis_points', type: 'integer', nullable: true })
  advanceRateBasisPoints!: number | null;

  /** FIXED_GRANT: what advance and instalments may reach together before the final report, in basis points of the grant. */
  @Column({ name: 'instalment_ceiling_basis_points', type: 'integer', nullable: true })
  instalmentCeilingBasisPoints!: number | null;

  /** What the record assumes where the sources are silent (a rate, a date), in words. */
  @Column({ type: 'text', nullable: true })
  assumption!: string | null;

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

/** A request for funds sent to a co-funder (appel de fonds), with the entitlement it rested on. */
@Entity({ name: 'co_funder_claim' })
export class CoFunderClaimEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'co_funder_id', type: 'uuid' })
  coFunderId!: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: centsColumn })
  amountCents!: number;

  /** The day the evidence was drawn up to. */
  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'entitlement_cents', type: 'bigint', transformer: centsColumn })
  entitlementCents!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** A fixed grant's final report, filed with the co-funder: its balance is due from then on. */
@Entity({ name: 'co_funder_final_report' })
export class CoFunderFinalReportEntity {
  @PrimaryColumn({ name: 'co_funder_id', type: 'uuid' })
  coFunderId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'filed_on', type: 'date' })
  filedOn!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** One co-funder's share as a version of the plan kept it. */
export interface PlannedShareRecord {
  organisationId: string;
  displayName: string;
  kind: CoFunderKind;
  rule: CoFundingRule;
  rateBasisPoints: number | null;
  shareAmountCents: number | null;
  shareOfCents: number | null;
  plannedCents: number;
  status: CoFundingStatus;
}

/** The funding plan as one change left it: version 1 is the first plan; the highest is in force (the co_funder rows). */
@Entity({ name: 'funding_plan_version' })
export class FundingPlanVersionEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  /** The amendment that changed it; null for a plan set by the programme's managers. */
  @Column({ name: 'deliberation_id', type: 'uuid', nullable: true })
  deliberationId!: string | null;

  @Column({ name: 'co_funders', type: 'jsonb' })
  coFunders!: PlannedShareRecord[];

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
