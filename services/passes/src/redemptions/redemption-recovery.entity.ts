// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '../orders/order.entity';

/** A redemption found invalid after the statement that reimbursed it was paid: its value, owed back by the place. */
@Entity({ name: 'redemption_recovery' })
export class RedemptionRecoveryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'redemption_id', type: 'uuid' })
  redemptionId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @Column({ name: 'place_organisation_id', type: 'uuid' })
  placeOrganisationId!: string;

  /** The paid statement that reimbursed the redemption. */
  @Column({ name: 'paid_statement_id', type: 'uuid' })
  paidStatementId!: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintNumber })
  amountCents!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'recovered_at', type: 'timestamptz' })
  recoveredAt!: Date;

  @Column({ name: 'recovered_by', type: 'text' })
  recoveredBy!: string;

  /** The place's statement that takes it back; null until one is generated. */
  @Column({ name: 'statement_id', type: 'uuid', nullable: true })
  statementId!: string | null;
}
