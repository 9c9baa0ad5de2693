// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** bigint comes back from pg as a string; cents and serials stay numbers in code (all below 2^53). */
export const bigintNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

export type OrderStatus = 'PLACED' | 'DELIVERED' | 'ACTIVATED';

@Entity({ name: 'pass_order' })
export class PassOrderEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'buyer_organisation_id', type: 'uuid', nullable: true })
  buyerOrganisationId!: string | null;

  @Column({ name: 'operator_organisation_id', type: 'uuid', nullable: true })
  operatorOrganisationId!: string | null;

  @Column({ name: 'booklet_count', type: 'integer' })
  bookletCount!: number;

  @Column({ name: 'booklet_size', type: 'smallint' })
  bookletSize!: 5 | 10;

  @Column({ name: 'pass_count', type: 'integer' })
  passCount!: number;

  @Column({ name: 'pass_face_value_cents', type: 'bigint', transformer: bigintNumber })
  passFaceValueCents!: number;

  @Column({ name: 'fee_rate_basis_points', type: 'integer' })
  feeRateBasisPoints!: number;

  @Column({ name: 'fee_cents', type: 'bigint', transformer: bigintNumber })
  feeCents!: number;

  @Column({ name: 'perimeter_level', type: 'text' })
  perimeterLevel!: string;

  @Column({ name: 'perimeter_code', type: 'text' })
  perimeterCode!: string;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ name: 'target_publics', type: 'text', array: true })
  targetPublics!: string[];

  @Column({ type: 'text' })
  status!: OrderStatus;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;

  @Column({ name: 'placed_by', type: 'text' })
  placedBy!: string;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'payment_order_number', type: 'text', nullable: true })
  paymentOrderNumber!: string | null;

  @Column({ name: 'first_pass_serial', type: 'bigint', transformer: bigintNumber })
  firstPassSerial!: number;

  @Column({ name: 'first_booklet_serial', type: 'bigint', transformer: bigintNumber })
  firstBookletSerial!: number;
}

/** The log of print-file exports; its primary key allows one per order. */
@Entity({ name: 'print_file_export' })
export class PrintFileExportEntity {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'exported_at', type: 'timestamptz' })
  exportedAt!: Date;

  @Column({ name: 'exported_by', type: 'text' })
  exportedBy!: string;

  @Column({ name: 'pass_count', type: 'integer' })
  passCount!: number;
}
