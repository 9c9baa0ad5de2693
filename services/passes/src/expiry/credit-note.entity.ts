// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '../orders/order.entity';

/** The face value of an order's unused (expired) passes, given back to the buyer. */
@Entity({ name: 'credit_note' })
export class CreditNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'buyer_organisation_id', type: 'uuid', nullable: true })
  buyerOrganisationId!: string | null;

  @Column({ name: 'pass_count', type: 'integer' })
  passCount!: number;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintNumber })
  amountCents!: number;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
