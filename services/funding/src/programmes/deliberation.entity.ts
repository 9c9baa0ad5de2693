import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface VoteRecord {
  for: number;
  against: number;
  abstention: number;
  present: number;
  proxies: number;
  absent: number;
  notVoting: number;
}

/** What a deliberation did to its programme: opened it, amended it, or closed it. */
export type DeliberationKind = 'OPENING' | 'AMENDMENT' | 'CLOSING';

@Entity({ name: 'deliberation' })
export class DeliberationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ type: 'text' })
  body!: 'REGIONAL_COUNCIL' | 'STANDING_COMMITTEE';

  @Column({ type: 'text' })
  place!: string;

  @Column({ type: 'text' })
  chair!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  theme!: string | null;

  /** Null when the vote is not known; the assumption then says so. */
  @Column({ type: 'jsonb', nullable: true })
  vote!: VoteRecord | null;

  @Column({ type: 'text' })
  outcome!: 'ADOPTED_UNANIMOUSLY' | 'ADOPTED' | 'REJECTED';

  @Column({ type: 'text', array: true })
  decisions!: string[];

  @Column({ type: 'text', array: true })
  cites!: string[];

  @Column({ type: 'text' })
  kind!: DeliberationKind;

  /** What the record assumes where the act's text is not known (an amount, a vote, a date), in words. */
  @Column({ type: 'text', nullable: true })
  assumption!: string | null;
}
