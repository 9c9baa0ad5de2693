// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '../orders/order.entity';

export type StatementStatus = 'PENDING' | 'APPROVED' | 'PAID';

/** What a place is owed for the passes it redeemed in one month, for one programme. */
@Entity({ name: 'statement' })
export class StatementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @Column({ name: 'place_organisation_id', type: 'uuid' })
  placeOrganisationId!: string;

  /** YYYY-MM: the month whose redemptions it covers. */
  @Column({ type: 'text' })
  month!: string;

  @Column({ name: 'pass_count', type: 'integer' })
  passCount!: number;

  /** Face value of the passes redeemed in the month. */
  @Column({ name: 'gross_amount_cents', type: 'bigint', transformer: bigintNumber })
  grossAmountCents!: number;

  /** What it takes back for redemptions of earlier paid statements found invalid (redemption_recovery). */
  @Column({ name: 'recovered_cents', type: 'bigint', transformer: bigintNumber })
  recoveredCents!: number;

  /** What it pays: grossAmountCents − recoveredCents. */
  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintNumber })
  amountCents!: number;

  @Column({ type: 'text' })
  status!: StatementStatus;

  @Column({ name: 'generated_at', type: 'timestamptz' })
  generatedAt!: Date;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn!: string | null;

  @Column({ name: 'payment_reference', type: 'text', nullable: true })
  paymentReference!: string | null;
}
