// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The facts of a programme that passes needs, learnt from funding.programme.opened.v1. */
@Entity({ name: 'programme' })
export class ProgrammeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
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

  /** The operation's last day, as amended: nothing is ordered or handed out after it. */
  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  /** The last day passes may be redeemed, when the authority voted a validity extension (null: endsOn). */
  @Column({ name: 'passes_valid_until', type: 'date', nullable: true })
  passesValidUntil!: string | null;

  /** The day funding closed the programme's accounts: nothing more is ordered, activated or handed out. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  /** An organisation's sandbox (partners.sandbox.opened.v1): its activity counts nowhere and announces nothing (sandboxes/). */
  @Column({ type: 'boolean' })
  sandbox!: boolean;

  @Column({ name: 'learnt_at', type: 'timestamptz' })
  learntAt!: Date;
}
