// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '../orders/order.entity';

/** REDEEMED; CANCELLED within the cancellation window; RECOVERED once found invalid after its statement was paid. */
export type RedemptionStatus = 'REDEEMED' | 'CANCELLED' | 'RECOVERED';

@Entity({ name: 'redemption' })
export class RedemptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'pass_number', type: 'bigint', transformer: bigintNumber })
  passNumber!: number;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'hand_out_id', type: 'uuid' })
  handOutId!: string;

  @Column({ name: 'place_id', type: 'uuid' })
  placeId!: string;

  @Column({ name: 'place_organisation_id', type: 'uuid' })
  placeOrganisationId!: string;

  @Column({ name: 'face_value_cents', type: 'bigint', transformer: bigintNumber })
  faceValueCents!: number;

  /** Chosen by the place's software; a retry with the same key returns this redemption. */
  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'redeemed_at', type: 'timestamptz' })
  redeemedAt!: Date;

  @Column({ type: 'text' })
  status!: RedemptionStatus;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancelled_by', type: 'text', nullable: true })
  cancelledBy!: string | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'statement_id', type: 'uuid', nullable: true })
  statementId!: string | null;
}
