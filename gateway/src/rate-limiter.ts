// Per-client rate limit: a token bucket per caller (identity subject, or client address for the
// anonymous public); the gateway keeps a second one per address for failed authentications. In memory: one gateway instance enforces its own share; several instances
// behind a load balancer each allow the configured rate (document it for operators).
export interface RateDecision {
  allowed: boolean;
  /** Seconds until one more request would be allowed (for Retry-After). */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; refilledAt: number }>();
  private readonly refillPerMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly burst = Math.max(1, Math.ceil(perMinute / 6)),
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  /** Takes one request from the client's bucket, when there is one left. */
  take(client: string): RateDecision {
    return this.decide(client, true);
  }

  /** Gives back a request taken in advance (it turned out not to count). */
  giveBack(client: string): void {
    const bucket = this.buckets.get(client);
    if (bucket) bucket.tokens = Math.min(this.burst, bucket.tokens + 1);
  }

  private decide(client: string, take: boolean): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, refilledAt: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.refilledAt) * this.refillPerMs);
    bucket.refilledAt = now;
    if (this.buckets.size > 100_000) this.buckets.clear(); // bounded memory under a flood of distinct callers
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      if (take) bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)) };
  }
}
