// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const NOTIFICATION_KINDS = ['BANK_DETAILS_CHANGED'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What BANK_DETAILS_CHANGED says: never the full account number. */
export interface BankDetailsChangedPayload {
  placeId: string;
  placeName: string;
  versionId: string;
  ibanMasked: string;
  approvedAt: string;
}

/** Something a person of an organisation should know about, kept until they have read it (and after). */
@Entity({ name: 'notification' })
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The person's subject, never a name or an address. */
  @Column({ name: 'recipient_subject', type: 'text' })
  recipientSubject!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'jsonb' })
  payload!: BankDetailsChangedPayload;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
