// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { centsColumn } from '../database/cents-column';

export type SettlementModel = 'PREPAID_OPERATOR' | 'DIRECT';
/** OPEN until its final accounts are closed; nothing more can be committed or paid once CLOSED. */
export type ProgrammeStatus = 'OPEN' | 'CLOSED';

@Entity({ name: 'programme' })
export class ProgrammeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid', nullable: true })
  ownerOrganisationId!: string | null;

  @Column({ name: 'perimeter_level', type: 'text' })
  perimeterLevel!: string;

  @Column({ name: 'perimeter_code', type: 'text' })
  perimeterCode!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'settlement_model', type: 'text' })
  settlementModel!: SettlementModel;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'text' })
  status!: ProgrammeStatus;

  /** The last day passes may be redeemed when the authority voted a validity extension; null when none. */
  @Column({ name: 'passes_valid_until', type: 'date', nullable: true })
  passesValidUntil!: string | null;

  /** An organisation's sandbox (partners.sandbox.opened.v1): known so that its name resolves, in no list, with no money. */
  @Column({ type: 'boolean' })
  sandbox!: boolean;
}

/**
 * The programme's dates as one deliberation set them. Version 1 is the opening; each amendment that
 * changes a date adds the next version, and the highest is in force (copied on the programme row).
 */
@Entity({ name: 'programme_period' })
export class ProgrammePeriodEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'deliberation_id', type: 'uuid' })
  deliberationId!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'passes_valid_until', type: 'date', nullable: true })
  passesValidUntil!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** The programme's final accounts as they stood when it was closed. */
@Entity({ name: 'programme_closing' })
export class ProgrammeClosingEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'deliberation_id', type: 'uuid', nullable: true })
  deliberationId!: string | null;

  @Column({ name: 'closed_on', type: 'date' })
  closedOn!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'authorised_cents', type: 'bigint', transformer: centsColumn })
  authorisedCents!: number;

  @Column({ name: 'committed_cents', type: 'bigint', transformer: centsColumn })
  committedCents!: number;

  @Column({ name: 'payments_cents', type: 'bigint', transformer: centsColumn })
  paymentsCents!: number;

  @Column({ name: 'receipts_cents', type: 'bigint', transformer: centsColumn })
  receiptsCents!: number;

  @Column({ name: 'released_cents', type: 'bigint', transformer: centsColumn })
  releasedCents!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
