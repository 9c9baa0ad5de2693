// The gateway's Prometheus metrics: every operation it answers (by name, outcome, error code and
// latency, as the subgraphs count theirs) and its rate limits' refusals and health. Served on a
// port of its own (METRICS_PORT): the gateway's main port is public.
import type { Counter, Gauge } from 'prom-client';
import { ServiceMetrics } from '@pass-numerique/service-kit';

export class GatewayMetrics {
  readonly service: ServiceMetrics;
  private readonly refusals: Counter<'limiter'>;
  private readonly decisionsInMemory: Counter<'limiter'>;
  private readonly sharedStoreUp: Gauge;

  constructor() {
    this.service = new ServiceMetrics('gateway');
    this.refusals = this.service.counter('pn_rate_limit_refusals_total', 'Requests refused with 429, by limit (requests, authentication-failures)', ['limiter']);
    this.decisionsInMemory = this.service.counter(
      'pn_rate_limit_memory_fallbacks_total',
      'Rate-limit decisions taken in this gateway’s memory because Redis did not answer (the limit then holds per gateway, not across them)',
      ['limiter'],
    );
    this.sharedStoreUp = this.service.gauge('pn_rate_limit_redis_up', '1 while the Redis holding the shared rate-limit counters answers, 0 when it does not; absent without REDIS_URL');
  }

  refused(limiter: string): void {
    this.refusals.inc({ limiter });
  }

  decidedInMemory(limiter: string): void {
    this.decisionsInMemory.inc({ limiter });
  }

  redisStatus(status: 'up' | 'down'): void {
    this.sharedStoreUp.set(status === 'up' ? 1 : 0);
  }
}
