// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PlaceStatus = 'QUALIFIED' | 'SUSPENDED' | 'REVOKED';

/** A mediation place as partners describes it; whether it takes a programme's passes is its qualification for that programme. */
@Entity({ name: 'place' })
export class PlaceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'insee_code', type: 'text' })
  inseeCode!: string;

  @Column({ name: 'cashes_through_regie', type: 'boolean' })
  cashesThroughRegie!: boolean;

  /** Instant of the partners event that set the current facts: older events arriving late are ignored. */
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}

/** Whether a place takes one programme's passes: QUALIFIED by that programme's staff, suspended or revoked (for good) by them. */
@Entity({ name: 'place_qualification' })
export class PlaceQualificationEntity {
  @PrimaryColumn({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  status!: PlaceStatus;

  /** Instant of the partners event that set this status: older events of the programme arriving late are ignored. */
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}

/** A distributor's agreement for a programme, with the territory where it may act. */
@Entity({ name: 'distributor_agreement' })
export class DistributorAgreementEntity {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** Null scope = the programme's whole perimeter. */
  @Column({ name: 'scope_level', type: 'text', nullable: true })
  scopeLevel!: string | null;

  @Column({ name: 'scope_code', type: 'text', nullable: true })
  scopeCode!: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;
}
