// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ORGANISATION_KINDS } from '@pass-numerique/event-contracts';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
/** What an organisation does on the platform, as it declared when it registered itself (members/). */
export const ORGANISATION_ACTIVITIES = ['MEDIATION_PLACE', 'DISTRIBUTOR'] as const;
export type OrganisationActivity = (typeof ORGANISATION_ACTIVITIES)[number];
/** Whether the platform operator has checked that a self-registered organisation is who it says. */
export type VerificationStatus = 'UNVERIFIED' | 'VERIFIED' | 'REJECTED';

@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'legal_kind', type: 'text' })
  legalKind!: OrganisationKind;

  /** Unique: one organisation per establishment (the trade's "one qualification per SIRET"). */
  @Column({ type: 'text', nullable: true })
  siret!: string | null;

  /** The legal unit: the SIRET's first nine digits, or given alone by bodies registered without an establishment. */
  @Column({ type: 'text', nullable: true })
  siren!: string | null;

  /** Répertoire national des associations number (W + 9 characters), for associations without a SIRET. */
  @Column({ type: 'text', nullable: true })
  rna!: string | null;

  @Column({ type: 'text' })
  address!: string;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode!: string;

  @Column({ name: 'insee_code', type: 'text' })
  inseeCode!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  /** Organisations registered by staff are verified at once; a self-registered one waits for the operator. */
  @Column({ name: 'verification_status', type: 'text', default: 'VERIFIED' })
  verificationStatus!: VerificationStatus;

  @Column({ name: 'verification_decided_at', type: 'timestamptz', nullable: true })
  verificationDecidedAt!: Date | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  /** Empty for organisations registered by staff before self-registration (their roles come from the provider). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  activities!: OrganisationActivity[];
}
