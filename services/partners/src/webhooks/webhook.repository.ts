// Queries only: webhooks, their deliveries, and the dispatcher's claims.
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { PoolClient } from 'pg';
import { WebhookDeliveryEntity, WebhookEntity, type WebhookDeliveryStatus } from './webhook.entity';
import type { WebhookAnnouncement } from './webhook-events';
import { webhookBody } from './webhook-events';

/** Wakes the dispatcher when deliveries are committed (pg_notify is delivered at commit only). */
export const WEBHOOK_CHANNEL = 'webhook_delivery';

/** A delivery claimed for one attempt, with what the attempt needs. */
export interface ClaimedDelivery {
  id: string;
  subscriptionId: string;
  eventType: string;
  payload: string;
  attempts: number;
  url: string;
  secretCiphertext: Buffer;
  previousSecretCiphertext: Buffer | null;
  previousSecretExpiresAt: Date | null;
}

/** Postgres answers UPDATE … RETURNING through TypeORM as [rows, count] (ARCHITECTURE.md, trap 3). */
function returnedRows<T>(result: unknown): T[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

export class WebhookRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Subscribes a dedicated connection to the notifications that a delivery is due. */
  async listenForDeliveries(listener: PoolClient): Promise<void> {
    await listener.query(`LISTEN ${WEBHOOK_CHANNEL}`);
  }

  async stopListening(listener: PoolClient): Promise<void> {
    await listener.query(`UNLISTEN ${WEBHOOK_CHANNEL}`);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEntity | null> {
    return manager.getRepository(WebhookEntity).findOneBy({ id });
  }

  lockById(manager: EntityManager, id: string): Promise<WebhookEntity | null> {
    return manager.getRepository(WebhookEntity).createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id }).getOne();
  }

  ofOrganisations(organisationIds: readonly string[]): Promise<WebhookEntity[]> {
    return this.dataSource.getRepository(WebhookEntity).find({ where: { organisationId: In([...organisationIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Locks the owning organisation's row; false when it does not exist. */
  async lockOrganisation(manager: EntityManager, organisationId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT id FROM organisation WHERE id = $1 FOR UPDATE`, [organisationId]);
    return rows.length > 0;
  }

  /** The sealed secrets, which ordinary reads never select. */
  async secretsOf(manager: EntityManager, id: string): Promise<Pick<WebhookEntity, 'secretCiphertext' | 'previousSecretCiphertext'>> {
    const row = await manager
      .getRepository(WebhookEntity)
      .createQueryBuilder('w')
      .addSelect(['w.secretCiphertext', 'w.previousSecretCiphertext'])
      .where('w.id = :id', { id })
      .getOneOrFail();
    return { secretCiphertext: row.secretCiphertext, previousSecretCiphertext: row.previousSecretCiphertext };
  }

  async notifyDispatcher(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_notify($1, '')`, [WEBHOOK_CHANNEL]);
  }

  countOfOrganisation(manager: EntityManager, organisationId: string): Promise<number> {
    return manager.getRepository(WebhookEntity).countBy({ organisationId });
  }

  findDeliveryById(id: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookDeliveryEntity | null> {
    return manager.getRepository(WebhookDeliveryEntity).findOneBy({ id });
  }

  lockDeliveryById(manager: EntityManager, id: string): Promise<WebhookDeliveryEntity | null> {
    return manager.getRepository(WebhookDeliveryEntity).createQueryBuilder('d').setLock('pessimistic_write').where('d.id = :id', { id }).getOne();
  }

  /** A page of a webhook's deliveries, newest first; `after` is the (createdAt, id) of the last row seen. */
  async deliveriesOf(
    subscriptionId: string,
    options: { limit: number; after?: { createdAt: string; id: string }; status?: WebhookDeliveryStatus | null },
  ): Promise<{ rows: WebhookDeliveryEntity[]; total: number }> {
    const query = this.dataSource.getRepository(WebhookDeliveryEntity).createQueryBuilder('d').where('d.subscriptionId = :subscriptionId', { subscriptionId });
    if (options.status === 'DELIVERED') query.andWhere('d.deliveredAt IS NOT NULL');
    if (options.status === 'FAILED') query.andWhere('d.failedAt IS NOT NULL');
    if (options.status === 'PENDING') query.andWhere('d.deliveredAt IS NULL AND d.failedAt IS NULL');
    const total = await query.getCount();
    if (options.after) query.andWhere('(d.createdAt, d.id) < (:afterAt, :afterId)', { afterAt: options.after.createdAt, afterId: options.after.id });
    const rows = await query.orderBy('d.createdAt', 'DESC').addOrderBy('d.id', 'DESC').limit(options.limit).getMany();
    return { rows, total };
  }

  /**
   * One delivery per active webhook of the organisation subscribed to the announcement's type,
   * inside the caller's transaction; an event already announced to a webhook is skipped.
   * Returns how many deliveries were created.
   */
  async enqueue(manager: EntityManager, announcement: WebhookAnnouncement, now: Date): Promise<number> {
    const created: unknown[] = returnedRows(
      await manager.query(
        `INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, payload, created_at, attempts, next_attempt_at)
         SELECT gen_random_uuid(), s.id, $2, $3, $4, $5, 0, $5
           FROM webhook_subscription s
          WHERE s.organisation_id = $1 AND s.status = 'ACTIVE' AND $3 = ANY (s.events)
         ON CONFLICT (subscription_id, event_id) DO NOTHING
         RETURNING id`,
        [announcement.organisationId, announcement.eventId, announcement.type, webhookBody(announcement), now],
      ),
    );
    if (created.length > 0) await this.notifyDispatcher(manager);
    return created.length;
  }

  /** A delivery to one webhook whatever it subscribed to (a ping). */
  async enqueueTo(manager: EntityManager, subscriptionId: string, announcement: WebhookAnnouncement, now: Date): Promise<string> {
    const [row] = returnedRows<{ id: string }>(
      await manager.query(
        `INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, payload, created_at, attempts, next_attempt_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 0, $5) RETURNING id`,
        [subscriptionId, announcement.eventId, announcement.type, webhookBody(announcement), now],
      ),
    );
    await this.notifyDispatcher(manager);
    return row.id;
  }

  /**
   * Claims due deliveries of active webhooks for one attempt each: counts the attempt and leases
   * the row until `leaseUntil`, so a crash mid-call makes it due again rather than lost. SKIP
   * LOCKED lets several replicas dispatch side by side; the HTTP call happens after commit,
   * never inside a transaction.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
    const rows = returnedRows<Record<string, any>>(
      await this.dataSource.query(
        `WITH due AS (
           SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
            WHERE d.next_attempt_at <= $1 AND s.status = 'ACTIVE'
            ORDER BY d.next_attempt_at
            LIMIT $3
            FOR UPDATE OF d SKIP LOCKED)
         UPDATE webhook_delivery d SET attempts = d.attempts + 1, last_attempt_at = $1, next_attempt_at = $2
           FROM due, webhook_subscription s
          WHERE d.id = due.id AND s.id = d.subscription_id
         RETURNING d.id, d.subscription_id, d.event_type, d.payload, d.attempts, s.url, s.secret_ciphertext,
                   s.previous_secret_ciphertext, s.previous_secret_expires_at`,
        [now, leaseUntil, limit],
      ),
    );
    return rows.map((r) => ({
      id: r.id,
      subscriptionId: r.subscription_id,
      eventType: r.event_type,
      payload: r.payload,
      attempts: r.attempts,
      url: r.url,
      secretCiphertext: r.secret_ciphertext,
      previousSecretCiphertext: r.previous_secret_ciphertext,
      previousSecretExpiresAt: r.previous_secret_expires_at ? new Date(r.previous_secret_expires_at) : null,
    }));
  }

  /**
   * Records an attempt's outcome. `attempts` guards against a re-send that reset the row while
   * the call was in flight: that re-send's own attempt will tell.
   */
  async recordAttempt(
    id: string,
    attempts: number,
    outcome: { at: Date; statusCode: number | null; error: string | null; delivered: boolean; nextAttemptAt: Date | null },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_delivery
          SET last_status_code = $3, last_error = $4,
              delivered_at = CASE WHEN $5 THEN $6::timestamptz END,
              failed_at = CASE WHEN NOT $5 AND $7::timestamptz IS NULL THEN $6::timestamptz END,
              next_attempt_at = $7
        WHERE id = $1 AND attempts = $2 AND delivered_at IS NULL AND failed_at IS NULL`,
      [id, attempts, outcome.statusCode, outcome.error, outcome.delivered, outcome.at, outcome.nextAttemptAt],
    );
  }

  saveWebhook(manager: EntityManager, webhook: WebhookEntity): Promise<WebhookEntity> {
    return manager.save(webhook);
  }

  async deleteWebhook(manager: EntityManager, webhookId: string): Promise<void> {
    await manager.delete(WebhookEntity, { id: webhookId });
  }

  async saveDelivery(manager: EntityManager, delivery: WebhookDeliveryEntity): Promise<void> {
    await manager.save(delivery);
  }
}
