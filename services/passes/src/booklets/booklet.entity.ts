// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '../orders/order.entity';

@Entity({ name: 'booklet' })
export class BookletEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Serial + Luhn check digit, 10 digits. */
  @Column({ type: 'bigint', transformer: bigintNumber })
  number!: number;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'smallint' })
  size!: number;

  /** The booklet's passes have the serials firstPassSerial … firstPassSerial + size − 1. */
  @Column({ name: 'first_pass_serial', type: 'bigint', transformer: bigintNumber })
  firstPassSerial!: number;

  @Column({ name: 'distributor_organisation_id', type: 'uuid', nullable: true })
  distributorOrganisationId!: string | null;

  @Column({ name: 'agreement_id', type: 'uuid', nullable: true })
  agreementId!: string | null;

  @Column({ name: 'allocated_at', type: 'timestamptz', nullable: true })
  allocatedAt!: Date | null;

  @Column({ name: 'handed_out_count', type: 'smallint' })
  handedOutCount!: number;

  @Column({ name: 'redeemed_count', type: 'smallint' })
  redeemedCount!: number;

  @Column({ name: 'expired_count', type: 'smallint' })
  expiredCount!: number;
}

export type PassStatus = 'ISSUED' | 'HANDED_OUT' | 'REDEEMED' | 'EXPIRED';

@Entity({ name: 'pass' })
export class PassEntity {
  /** Serial + Luhn check digit, 12 digits. */
  @PrimaryColumn({ type: 'bigint', transformer: bigintNumber })
  number!: number;

  @Column({ name: 'booklet_id', type: 'uuid' })
  bookletId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'text' })
  status!: PassStatus;

  @Column({ name: 'hand_out_id', type: 'uuid', nullable: true })
  handOutId!: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ name: 'redemption_id', type: 'uuid', nullable: true })
  redemptionId!: string | null;

  @Column({ name: 'expired_on', type: 'date', nullable: true })
  expiredOn!: string | null;

  @Column({ name: 'credit_note_id', type: 'uuid', nullable: true })
  creditNoteId!: string | null;
}
