// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { centsColumn } from '../database/cents-column';

/**
 * What funding did with a fact: APPLIED (it produced its commitment, payment or reduction),
 * IGNORED (nothing to record under the programme's settlement model), PENDING (waits for an
 * earlier fact — events of different types may arrive in any order), REFUSED (it would break a
 * rule; the reconciliation shows it).
 */
export type PassesFactStatus = 'PENDING' | 'APPLIED' | 'IGNORED' | 'REFUSED';

/** A money fact received from the passes service, as received. */
@Entity({ name: 'passes_fact' })
export class PassesFactEntity {
  /** The envelope id of the event that carried it. */
  @PrimaryColumn({ name: 'source_event_id', type: 'uuid' })
  sourceEventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  /** The fact's own identity (e.g. "order-placed:<orderId>"): the same fact announced twice is kept once. */
  @Column({ name: 'fact_key', type: 'text' })
  factKey!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  /**
   * The fact's total as the passes service states it: face value + fee for orders and activations;
   * the gross for a paid statement, or only what it took back when the statement's payment was
   * recorded earlier from passes.statement.paid.v1, which carried the net.
   */
  @Column({ name: 'amount_cents', type: 'bigint', transformer: centsColumn })
  amountCents!: number;

  @Column({ name: 'pass_count', type: 'integer' })
  passCount!: number;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'text' })
  status!: PassesFactStatus;

  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;
}

/** Passes of one order used on one day, net of cancelled redemptions. */
@Entity({ name: 'used_pass_day' })
export class UsedPassDayEntity {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer' })
  redeemed!: number;

  @Column({ type: 'integer' })
  cancelled!: number;

  @Column({ name: 'face_value_cents', type: 'bigint', transformer: centsColumn })
  faceValueCents!: number;
}
