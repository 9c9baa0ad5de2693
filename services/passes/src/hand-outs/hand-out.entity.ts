// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Passes handed to one beneficiary, with the pseudonymous profile the programme needs for its
 * figures and the State's conditions — never a name, an address or a contact.
 */
@Entity({ name: 'hand_out' })
export class HandOutEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'booklet_id', type: 'uuid' })
  bookletId!: string;

  @Column({ name: 'distributor_organisation_id', type: 'uuid' })
  distributorOrganisationId!: string;

  @Column({ name: 'pass_count', type: 'smallint' })
  passCount!: number;

  @Column({ name: 'handed_out_at', type: 'timestamptz' })
  handedOutAt!: Date;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil!: string;

  @Column({ name: 'age_band', type: 'text' })
  ageBand!: string;

  @Column({ type: 'text', nullable: true })
  gender!: string | null;

  @Column({ type: 'text' })
  situation!: string;

  @Column({ name: 'residence_insee_code', type: 'text' })
  residenceInseeCode!: string;

  @Column({ name: 'residence_epci', type: 'text', nullable: true })
  residenceEpci!: string | null;

  @Column({ name: 'residence_departement', type: 'text' })
  residenceDepartement!: string;

  @Column({ name: 'residence_region', type: 'text' })
  residenceRegion!: string;

  /** The programme zones the commune was in at hand-out: the passes count there for good. */
  @Column({ name: 'zone_ids', type: 'uuid', array: true })
  zoneIds!: string[];

  @Column({ name: 'consent_given', type: 'boolean' })
  consentGiven!: boolean;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}

export const AGE_BANDS = ['FROM_16_TO_25', 'FROM_26_TO_44', 'FROM_45_TO_59', 'FROM_60_TO_74', 'FROM_75'] as const;
export const GENDERS = ['FEMALE', 'MALE', 'OTHER'] as const;

/** The publics a profile belongs to: its situation, and an age group when it has one. */
export function publicsOf(profile: { situation: string; ageBand: string }): string[] {
  const publics = [profile.situation];
  if (profile.ageBand === 'FROM_16_TO_25') publics.push('YOUNG_PEOPLE');
  if (profile.ageBand === 'FROM_60_TO_74' || profile.ageBand === 'FROM_75') publics.push('SENIORS');
  return publics;
}

/** Funnel dimensions of passes in a beneficiary's hands. */
export function handOutDimensionsOf(h: HandOutEntity) {
  return {
    distributorOrganisationId: h.distributorOrganisationId,
    residenceInseeCode: h.residenceInseeCode,
    residenceEpci: h.residenceEpci,
    residenceDepartement: h.residenceDepartement,
    residenceRegion: h.residenceRegion,
    zoneIds: h.zoneIds ?? [],
    publics: publicsOf(h),
  };
}
