import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface BudgetImputationRecord {
  chapter: string;
  function: string;
  nature: string;
  programmeCode: string;
  nomenclature: string;
  nomenclatureVersion: string;
}

@Entity({ name: 'commitment_authorisation' })
export class CommitmentAuthorisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'deliberation_id', type: 'uuid' })
  deliberationId!: string;

  @Column({ type: 'text' })
  kind!: 'AE' | 'AP';

  // bigint comes back from pg as a string; the transformer keeps cents as numbers in code.
  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountCents!: number;

  @Column({ name: 'budget_year', type: 'integer' })
  budgetYear!: number;

  @Column({ name: 'imputation_chapter', type: 'text' })
  imputationChapter!: string;

  @Column({ name: 'imputation_function', type: 'text' })
  imputationFunction!: string;

  @Column({ name: 'imputation_nature', type: 'text' })
  imputationNature!: string;

  @Column({ name: 'imputation_programme_code', type: 'text' })
  imputationProgrammeCode!: string;

  @Column({ name: 'nomenclature', type: 'text' })
  nomenclature!: string;

  @Column({ name: 'nomenclature_version', type: 'text' })
  nomenclatureVersion!: string;
}

@Entity({ name: 'payment_schedule_line' })
export class PaymentScheduleLineEntity {
  @PrimaryColumn({ name: 'authorisation_id', type: 'uuid' })
  authorisationId!: string;

  @PrimaryColumn({ name: 'budget_year', type: 'integer' })
  budgetYear!: number;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountCents!: number;
}

/** One line of a payment schedule, as an authorisation version keeps it. */
export interface ScheduleRecord {
  budgetYear: number;
  amountCents: number;
}

/**
 * An authorisation's amount and schedule as one deliberation set them. Version 1 is the vote that
 * opened it; each amendment adds the next version, and the highest is in force (copied on the
 * authorisation row and its schedule lines, which every rule reads).
 */
@Entity({ name: 'authorisation_version' })
export class AuthorisationVersionEntity {
  @PrimaryColumn({ name: 'authorisation_id', type: 'uuid' })
  authorisationId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'deliberation_id', type: 'uuid' })
  deliberationId!: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountCents!: number;

  @Column({ type: 'jsonb' })
  schedule!: ScheduleRecord[];

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** What was left uncommitted on an authorisation when its programme closed, released for good. */
@Entity({ name: 'authorisation_release' })
export class AuthorisationReleaseEntity {
  @PrimaryColumn({ name: 'authorisation_id', type: 'uuid' })
  authorisationId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'released_on', type: 'date' })
  releasedOn!: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountCents!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
