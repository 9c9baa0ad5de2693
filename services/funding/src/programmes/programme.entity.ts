// Every column names its type: the esbuild bundle carries no decorator metadata (STACK-NOTES, pitfall 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SettlementModel = 'PREPAID_OPERATOR' | 'DIRECT';

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
}
