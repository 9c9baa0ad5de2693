// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
// List columns hold the national standard's labels as written in its CSV files.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContactPerson } from './place.rules';

export const QUALIFICATION_STATUSES = ['APPLIED', 'CHANGES_REQUESTED', 'REFUSED', 'QUALIFIED', 'SUSPENDED', 'REVOKED'] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];

const nullableNumber = { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) };

@Entity({ name: 'place' })
export class PlaceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** The standard's `id`: the producer's own identifier, unique per organisation (the import's natural key). */
  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  street!: string;

  @Column({ type: 'text', nullable: true })
  complement!: string | null;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode!: string;

  @Column({ name: 'insee_code', type: 'text' })
  inseeCode!: string;

  @Column({ type: 'double precision', nullable: true, transformer: nullableNumber })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true, transformer: nullableNumber })
  longitude!: number | null;

  @Column({ type: 'text', array: true })
  typologies!: string[];

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', array: true })
  emails!: string[];

  @Column({ type: 'text', array: true })
  websites!: string[];

  @Column({ name: 'opening_hours', type: 'text', nullable: true })
  openingHours!: string | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'text', array: true })
  mobility!: string[];

  @Column({ name: 'parent_structure', type: 'text', nullable: true })
  parentStructure!: string | null;

  @Column({ type: 'text', array: true })
  services!: string[];

  @Column({ type: 'text', array: true })
  publics!: string[];

  @Column({ name: 'specific_supports', type: 'text', array: true })
  specificSupports!: string[];

  @Column({ type: 'text', array: true })
  fees!: string[];

  @Column({ name: 'national_schemes', type: 'text', array: true })
  nationalSchemes!: string[];

  @Column({ name: 'training_labels', type: 'text', array: true })
  trainingLabels!: string[];

  @Column({ name: 'other_labels', type: 'text', array: true })
  otherLabels!: string[];

  @Column({ name: 'access_modes', type: 'text', array: true })
  accessModes!: string[];

  @Column({ name: 'support_modes', type: 'text', array: true })
  supportModes!: string[];

  @Column({ name: 'accessibility_url', type: 'text', nullable: true })
  accessibilityUrl!: string | null;

  @Column({ name: 'booking_url', type: 'text', nullable: true })
  bookingUrl!: string | null;

  /** Private: people to talk to at the place. Shown to the owning organisation and programme staff only. */
  @Column({ name: 'contact_people', type: 'jsonb' })
  contactPeople!: ContactPerson[];

  /** Private: where reimbursements go (electronic format, validated). */
  @Column({ type: 'text', nullable: true })
  iban!: string | null;

  /** Public bodies cash passes through a régie (cash office). */
  @Column({ name: 'cashes_through_regie', type: 'boolean' })
  cashesThroughRegie!: boolean;

  /** Qualified by at least one programme (kept with each qualification step: open-data counts read it). */
  @Column({ name: 'accepts_passes', type: 'boolean' })
  acceptsPasses!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The standard's date_maj. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A place's application to one programme, and where it stands: each programme qualifies a place for itself. */
@Entity({ name: 'place_qualification' })
export class PlaceQualificationEntity {
  @PrimaryColumn({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  /** The programme is funding's; we hold its id only. */
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  status!: QualificationStatus;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One step of a place's qualification in a programme: who did what, when and why. Never updated, never deleted. */
@Entity({ name: 'qualification_step' })
export class QualificationStepEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  action!: 'APPLY' | 'REQUEST_CHANGES' | 'REFUSE' | 'QUALIFY' | 'SUSPEND' | 'REINSTATE' | 'REVOKE';

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: QualificationStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: QualificationStatus;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** The caller's subject (a person's or a credential's id), never a name. */
  @Column({ type: 'text' })
  by!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
