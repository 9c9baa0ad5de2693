// The loop that delivers webhooks, started and stopped with the partners service. It wakes when
// deliveries are committed (LISTEN) and polls as a safety net; each round claims due deliveries
// (FOR UPDATE SKIP LOCKED, so replicas share the work), calls the receivers in parallel outside
// any transaction, and records each outcome: delivered on 2xx, otherwise retried on the back-off
// schedule, and given up (FAILED, visible in the delivery log) after the last attempt.
import type { DataSource } from 'typeorm';
import type { Pool, PoolClient } from 'pg';
import type { Clock } from '@pass-numerique/kernel';
import type { Logger } from '@pass-numerique/service-kit';
import type { ClaimedDelivery, WebhookRepository } from './webhook.repository';
import { decryptSecret, signatureHeader } from './webhook-secret';
import { sendWebhook, type SendOutcome, type WebhookCall } from './webhook-sender';

export interface WebhookDeliverySettings {
  /** Wait before each retry: the n-th entry follows the n-th failed attempt. Attempts = length + 1. */
  retryDelaysMs: number[];
  /** An attempt with no status line after this long has failed. */
  timeoutMs: number;
  /** Safety-net polling (notifications wake the loop at once). */
  pollIntervalMs: number;
  /** Deliveries attempted in parallel per round. */
  batchSize: number;
  /** Development and tests: receivers on loopback or private addresses. */
  allowPrivateAddresses: boolean;
  /** Told what became of each attempt (for metrics). */
  onAttempt?: (outcome: 'delivered' | 'retry' | 'given-up') => void;
}

/** 30 s, 2 min, 10 min, 1 h, 6 h, 12 h, 24 h: eight attempts over about 43 hours. */
export const DEFAULT_DELIVERY_SETTINGS: WebhookDeliverySettings = {
  retryDelaysMs: [30_000, 120_000, 600_000, 3_600_000, 21_600_000, 43_200_000, 86_400_000],
  timeoutMs: 5_000,
  pollIntervalMs: 1_000,
  batchSize: 16,
  allowPrivateAddresses: false,
};

export type SendFunction = (call: WebhookCall, options: { timeoutMs: number; allowPrivateAddresses: boolean }) => Promise<SendOutcome>;

export class WebhookDispatcher {
  private listener?: PoolClient;
  private timer?: NodeJS.Timeout;
  private running = false;
  private wakeRequested = false;
  private rounds: Promise<void> = Promise.resolve();
  private readonly settings: WebhookDeliverySettings;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: WebhookRepository,
    private readonly secretKey: Buffer,
    private readonly clock: Clock,
    private readonly logger: Logger,
    settings: Partial<WebhookDeliverySettings> = {},
    private readonly send: SendFunction = sendWebhook,
  ) {
    this.settings = { ...DEFAULT_DELIVERY_SETTINGS, ...settings };
    if (this.settings.retryDelaysMs.some((d) => !Number.isFinite(d) || d < 0)) throw new Error('webhook retry delays must be non-negative numbers');
  }

  /** Where each attempt's outcome is reported (the service's metrics), besides the delivery log. */
  reportAttemptsTo(onAttempt: NonNullable<WebhookDeliverySettings['onAttempt']>): void {
    this.settings.onAttempt = onAttempt;
  }

  get maxAttempts(): number {
    return this.settings.retryDelaysMs.length + 1;
  }

  async start(): Promise<void> {
    this.running = true;
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    this.listener = await pool.connect();
    this.listener.on('notification', () => this.wake());
    this.listener.on('error', (error) => this.logger.warn('webhook dispatcher lost its notifications; polling continues', { error: String(error) }));
    await this.repository.listenForDeliveries(this.listener);
    this.timer = setInterval(() => this.wake(), this.settings.pollIntervalMs);
    this.wake();
  }

  /** Lets the attempts in flight finish (each is bounded by the timeout), then stops. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    await this.rounds.catch(() => undefined);
    if (this.listener) {
      await this.repository.stopListening(this.listener).catch(() => undefined);
      this.listener.release();
      this.listener = undefined;
    }
  }

  /** Attempts everything due now, round after round, until nothing is due (tests and tools). */
  async runUntilIdle(): Promise<void> {
    await this.rounds;
    while ((await this.round()) > 0) {
      /* a round that attempted something may have left more due */
    }
  }

  private wake(): void {
    if (!this.running || this.wakeRequested) return;
    this.wakeRequested = true;
    this.rounds = this.rounds.then(async () => {
      this.wakeRequested = false;
      try {
        while (this.running && (await this.round()) === this.settings.batchSize) {
          /* a full round means more may be due */
        }
      } catch (error) {
        this.logger.warn('webhook dispatch round failed; will retry', { error: String(error) });
      }
    });
  }

  /** One round: claims up to batchSize due deliveries and attempts them in parallel. Returns how many. */
  private async round(): Promise<number> {
    const now = this.clock.now();
    // The lease outlasts an attempt by far: a row leased by a crashed process is due again after it.
    const leaseUntil = new Date(now.getTime() + Math.max(60_000, this.settings.timeoutMs * 4));
    const claimed = await this.repository.claimDue(now, leaseUntil, this.settings.batchSize);
    await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    return claimed.length;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    let outcome: SendOutcome;
    try {
      const secrets = this.secretsOf(delivery);
      const timestamp = Math.floor(this.clock.now().getTime() / 1000);
      outcome = await this.send(
        {
          url: delivery.url,
          body: delivery.payload,
          headers: {
            // Standard Webhooks: the delivery's id (the same at every attempt: the receiver's key
            // against doing a thing twice), the attempt's time and the signature over both and the body.
            'webhook-id': delivery.id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signatureHeader(secrets, delivery.id, timestamp, delivery.payload),
            // Also in the body's `type`; here so that a receiver can route before parsing.
            'Pn-Webhook-Event': delivery.eventType,
          },
        },
        { timeoutMs: this.settings.timeoutMs, allowPrivateAddresses: this.settings.allowPrivateAddresses },
      );
    } catch (error) {
      // A secret that no longer decrypts (the key changed) fails like a receiver would: visibly, in the log.
      this.logger.warn('webhook attempt could not be made', { deliveryId: delivery.id, error: String(error) });
      outcome = { delivered: false, statusCode: null, error: 'CONNECTION_FAILED' };
    }
    const at = this.clock.now();
    const retryIn = outcome.delivered ? undefined : this.settings.retryDelaysMs[delivery.attempts - 1];
    await this.repository.recordAttempt(delivery.id, delivery.attempts, {
      at,
      statusCode: outcome.statusCode,
      error: outcome.error,
      delivered: outcome.delivered,
      nextAttemptAt: retryIn === undefined ? null : new Date(at.getTime() + retryIn),
    });
    this.settings.onAttempt?.(outcome.delivered ? 'delivered' : retryIn === undefined ? 'given-up' : 'retry');
    if (!outcome.delivered && retryIn === undefined) {
      // Ids and codes only: never the payload or the receiver's answer.
      this.logger.info('webhook delivery given up', { deliveryId: delivery.id, subscriptionId: delivery.subscriptionId, attempts: delivery.attempts, lastError: outcome.error });
    }
  }

  private secretsOf(delivery: ClaimedDelivery): string[] {
    const secrets = [decryptSecret(delivery.secretCiphertext, this.secretKey, delivery.subscriptionId)];
    if (delivery.previousSecretCiphertext && delivery.previousSecretExpiresAt && delivery.previousSecretExpiresAt > this.clock.now()) {
      secrets.push(decryptSecret(delivery.previousSecretCiphertext, this.secretKey, delivery.subscriptionId));
    }
    return secrets;
  }
}
