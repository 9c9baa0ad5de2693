// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PROGRAMME_ROLES } from '@pass-numerique/event-contracts';
import type { TerritoryLevel } from '../territories/territory-scope';

export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];

/** A convention: an organisation's role in a programme, for a period, within a territory scope. */
@Entity({ name: 'agreement' })
export class AgreementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The programme is funding's; we hold its id only. */
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  role!: ProgrammeRole;

  /** Null together with scopeCode: the programme's whole perimeter. */
  @Column({ name: 'scope_level', type: 'text', nullable: true })
  scopeLevel!: TerritoryLevel | null;

  @Column({ name: 'scope_code', type: 'text', nullable: true })
  scopeCode!: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;

  /** The subject of whoever recorded it (a person's subject or a credential id), never a name. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}
