// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type WebhookStatus = 'ACTIVE' | 'DISABLED';

/** An organisation's subscription: which events to POST to which URL, signed with its secret. */
@Entity({ name: 'webhook_subscription' })
export class WebhookEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', array: true })
  events!: string[];

  @Column({ type: 'text' })
  status!: WebhookStatus;

  /** The signing secret, AES-256-GCM under the configured key (webhook-secret.ts); read by the dispatcher only. */
  @Column({ name: 'secret_ciphertext', type: 'bytea', select: false })
  secretCiphertext!: Buffer;

  /** The secret before the last rotation, still signed with until previousSecretExpiresAt. */
  @Column({ name: 'previous_secret_ciphertext', type: 'bytea', nullable: true, select: false })
  previousSecretCiphertext!: Buffer | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'secret_rotated_at', type: 'timestamptz', nullable: true })
  secretRotatedAt!: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}

/** One event to deliver to one webhook, and how its delivery went. */
@Entity({ name: 'webhook_delivery' })
export class WebhookDeliveryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  /** The JSON body, byte for byte as sent. */
  @Column({ type: 'text' })
  payload!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer' })
  attempts!: number;

  /** Null once delivered or given up. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;
}

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export function deliveryStatusOf(delivery: Pick<WebhookDeliveryEntity, 'deliveredAt' | 'failedAt'>): WebhookDeliveryStatus {
  if (delivery.deliveredAt) return 'DELIVERED';
  return delivery.failedAt ? 'FAILED' : 'PENDING';
}
