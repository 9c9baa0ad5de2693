// Webhooks: an organisation's software learns what concerns it (a place suspended, a statement
// paid…) without polling. Rules and transactions here; delivery in webhook-dispatcher.ts.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { decodeCursor, pageSize, toConnection, type Connection, type Reach } from '@pass-numerique/service-kit';
import { isPartnerSoftware, mayManageIntegrationsOf } from '../tenancy';
import { checkWebhookUrl } from './webhook-address';
import { WebhookDeliveryEntity, WebhookEntity, type WebhookDeliveryStatus } from './webhook.entity';
import { WebhookError } from './webhook.errors';
import { isWebhookEventType, PING_EVENT_TYPE, type WebhookAnnouncement } from './webhook-events';
import type { WebhookRepository } from './webhook.repository';
import { encryptSecret, newSigningSecret } from './webhook-secret';

export interface WebhookSettings {
  /** 32 bytes: encrypts signing secrets at rest (config.ts: webhookSecretKeyOf). */
  secretKey: Buffer;
  /** Development and tests: http://127.0.0.1 / localhost receivers and private addresses allowed. */
  allowLocalHttp: boolean;
}

export interface RegisterWebhookCommand {
  organisationId: string;
  url: string;
  events: string[];
}

export interface RegisteredWebhook {
  webhook: WebhookEntity;
  /** Shown once, at registration or rotation. */
  secret: string;
}

const MAX_WEBHOOKS_PER_ORGANISATION = 10;
/** After a rotation, calls are signed with both secrets for this long, so a receiver can switch without losing any. */
export const ROTATION_GRACE_MS = 24 * 3_600_000;

/** Webhooks are managed by people, never by partner software (tenancy.ts says why). */
function requirePerson(reach: Reach): void {
  if (isPartnerSoftware(reach)) throw new DomainError('FORBIDDEN', 'partner software may not manage webhooks');
}

export class WebhookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: WebhookRepository,
    private readonly clock: Clock,
    private readonly settings: WebhookSettings,
  ) {}

  async register(command: RegisterWebhookCommand, reach: Reach): Promise<RegisteredWebhook> {
    requirePerson(reach);
    const organisationId = parseId(command.organisationId, 'organisationId');
    const url = checkWebhookUrl(command.url, this.settings.allowLocalHttp);
    const events = checkEvents(command.events);
    return this.dataSource.transaction(async (manager) => {
      // Another organisation is, for the caller, one that does not exist. Locking the organisation
      // serialises registrations, so the limit holds under concurrency.
      if (!mayManageIntegrationsOf(reach, organisationId) || !(await this.repository.lockOrganisation(manager, organisationId))) {
        throw new DomainError('NOT_FOUND', `organisation ${organisationId} does not exist`, { field: 'organisationId' });
      }
      if ((await this.repository.countOfOrganisation(manager, organisationId)) >= MAX_WEBHOOKS_PER_ORGANISATION) {
        throw new WebhookError('TOO_MANY_WEBHOOKS', `an organisation has at most ${MAX_WEBHOOKS_PER_ORGANISATION} webhooks`, { field: 'organisationId' });
      }
      const id = newId();
      const secret = newSigningSecret();
      const webhook = manager.create(WebhookEntity, {
        id,
        organisationId,
        url,
        events,
        status: 'ACTIVE',
        secretCiphertext: encryptSecret(secret, this.settings.secretKey, id),
        previousSecretCiphertext: null,
        previousSecretExpiresAt: null,
        createdAt: this.clock.now(),
        createdBy: reach.identity.subject,
        secretRotatedAt: null,
        disabledAt: null,
      });
      await this.repository.saveWebhook(manager, webhook);
      return { webhook, secret };
    });
  }

  /** A new secret, shown once; the previous one still signs for ROTATION_GRACE_MS. */
  rotateSecret(webhookId: string, reach: Reach): Promise<RegisteredWebhook> {
    return this.change(webhookId, reach, async (manager, webhook) => {
      const sealed = await this.repository.secretsOf(manager, webhook.id);
      const now = this.clock.now();
      const secret = newSigningSecret();
      webhook.previousSecretCiphertext = sealed.secretCiphertext;
      webhook.previousSecretExpiresAt = new Date(now.getTime() + ROTATION_GRACE_MS);
      webhook.secretCiphertext = encryptSecret(secret, this.settings.secretKey, webhook.id);
      webhook.secretRotatedAt = now;
      await this.repository.saveWebhook(manager, webhook);
      return { webhook, secret };
    });
  }

  /** Stops deliveries; those pending wait, and go out if the webhook is enabled again. */
  disable(webhookId: string, reach: Reach): Promise<WebhookEntity> {
    return this.change(webhookId, reach, async (manager, webhook) => {
      if (webhook.status === 'DISABLED') return webhook;
      Object.assign(webhook, { status: 'DISABLED', disabledAt: this.clock.now() });
      return this.repository.saveWebhook(manager, webhook);
    });
  }

  enable(webhookId: string, reach: Reach): Promise<WebhookEntity> {
    return this.change(webhookId, reach, async (manager, webhook) => {
      if (webhook.status === 'ACTIVE') return webhook;
      Object.assign(webhook, { status: 'ACTIVE', disabledAt: null });
      await this.repository.saveWebhook(manager, webhook);
      // Pending deliveries may be due already.
      await this.repository.notifyDispatcher(manager);
      return webhook;
    });
  }

  /** Deletes the webhook and its delivery log. */
  delete(webhookId: string, reach: Reach): Promise<string> {
    return this.change(webhookId, reach, async (manager, webhook) => {
      await this.repository.deleteWebhook(manager, webhook.id);
      return webhook.id;
    });
  }

  /** Sends a webhook.ping event now, whatever the webhook subscribed to: to test a receiver. */
  ping(webhookId: string, reach: Reach): Promise<WebhookDeliveryEntity> {
    return this.change(webhookId, reach, async (manager, webhook) => {
      if (webhook.status !== 'ACTIVE') throw new WebhookError('WEBHOOK_DISABLED', 'enable the webhook first', { field: 'webhookId' });
      const now = this.clock.now();
      const announcement: WebhookAnnouncement = {
        eventId: newId(),
        type: PING_EVENT_TYPE,
        organisationId: webhook.organisationId,
        occurredAt: now.toISOString(),
        data: { webhookId: webhook.id, organisationId: webhook.organisationId },
      };
      const id = await this.repository.enqueueTo(manager, webhook.id, announcement, now);
      const delivery = await this.repository.findDeliveryById(id, manager);
      if (!delivery) throw new Error(`delivery ${id} vanished inside its own transaction`);
      return delivery;
    });
  }

  /** Sends one delivery again, now, with a fresh retry schedule (its body and webhook-id unchanged). */
  async redeliver(rawDeliveryId: string, reach: Reach): Promise<WebhookDeliveryEntity> {
    requirePerson(reach);
    const deliveryId = parseId(rawDeliveryId, 'deliveryId');
    return this.dataSource.transaction(async (manager) => {
      const delivery = await this.repository.lockDeliveryById(manager, deliveryId);
      const webhook = delivery && (await this.repository.findById(delivery.subscriptionId, manager));
      if (!delivery || !webhook || !mayManageIntegrationsOf(reach, webhook.organisationId)) {
        throw new DomainError('NOT_FOUND', `delivery ${deliveryId} does not exist`, { field: 'deliveryId' });
      }
      if (webhook.status !== 'ACTIVE') throw new WebhookError('WEBHOOK_DISABLED', 'enable the webhook first', { field: 'deliveryId' });
      Object.assign(delivery, { attempts: 0, nextAttemptAt: this.clock.now(), deliveredAt: null, failedAt: null });
      await this.repository.saveDelivery(manager, delivery);
      await this.repository.notifyDispatcher(manager);
      return delivery;
    });
  }

  /** Inside the transaction that consumes an internal event: one delivery per subscribed webhook of the organisation. */
  announce(manager: EntityManager, announcement: WebhookAnnouncement): Promise<number> {
    return this.repository.enqueue(manager, announcement, this.clock.now());
  }

  /** The webhook, or null when there is none or the caller may not manage it (one answer for both). */
  async findVisible(rawId: string, reach: Reach): Promise<WebhookEntity | null> {
    let id: string;
    try {
      id = parseId(rawId, 'id');
    } catch {
      return null;
    }
    const webhook = await this.repository.findById(id);
    return webhook && mayManageIntegrationsOf(reach, webhook.organisationId) ? webhook : null;
  }

  /** The delivery log of a webhook the caller already may see, newest first. */
  async deliveries(webhook: WebhookEntity, args: { first?: number | null; after?: string | null; status?: WebhookDeliveryStatus | null }): Promise<Connection<WebhookDeliveryEntity>> {
    const size = pageSize(args.first);
    const after = decodeDeliveryCursor(args.after);
    const { rows, total } = await this.repository.deliveriesOf(webhook.id, { limit: size + 1, after, status: args.status });
    return toConnection(rows, size, total, (d) => JSON.stringify([d.createdAt.toISOString(), d.id]), args.after);
  }

  /** While a rotation's grace period runs, when the previous secret stops signing; null otherwise. */
  rotationEndsAt(webhook: WebhookEntity): Date | null {
    return webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > this.clock.now() ? webhook.previousSecretExpiresAt : null;
  }

  private async change<T>(rawId: string, reach: Reach, apply: (manager: EntityManager, webhook: WebhookEntity) => Promise<T>): Promise<T> {
    requirePerson(reach);
    const id = parseId(rawId, 'webhookId');
    return this.dataSource.transaction(async (manager) => {
      const webhook = await this.repository.lockById(manager, id);
      // Someone else's webhook does not exist, as far as the caller can tell.
      if (!webhook || !mayManageIntegrationsOf(reach, webhook.organisationId)) throw new DomainError('NOT_FOUND', `webhook ${id} does not exist`, { field: 'webhookId' });
      return apply(manager, webhook);
    });
  }
}

function checkEvents(raw: string[]): string[] {
  const events = [...new Set(raw.map((e) => e.trim()))];
  if (events.length === 0) throw new WebhookError('UNKNOWN_WEBHOOK_EVENT', 'subscribe to at least one event', { field: 'events' });
  const unknown = events.findIndex((e) => !isWebhookEventType(e));
  if (unknown >= 0) throw new WebhookError('UNKNOWN_WEBHOOK_EVENT', `unknown event "${events[unknown].slice(0, 100)}"`, { field: `events.${raw.findIndex((e) => e.trim() === events[unknown])}` });
  return events;
}

function decodeDeliveryCursor(cursor: string | null | undefined): { createdAt: string; id: string } | undefined {
  const decoded = decodeCursor(cursor);
  if (decoded === undefined) return undefined;
  try {
    const [createdAt, id] = JSON.parse(decoded) as unknown[];
    if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && typeof id === 'string') return { createdAt, id: parseId(id, 'after') };
  } catch {
    // falls through to the refusal below
  }
  throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this API', { field: 'after' });
}
