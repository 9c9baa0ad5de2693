// Per-client rate limits (rate-limiter-flexible): one per caller (identity subject, or client
// address for the anonymous public), and one per address for failed authentications.
//
// Counters live in Redis when REDIS_URL is set, so every gateway replica draws from the same
// budget; in memory otherwise (one gateway). When Redis does not answer, each replica falls back
// to an in-memory limiter with the same settings (the library's insurance limiter): the limit
// still holds, per replica, instead of opening the door or refusing everyone
// (docs/operations.md, "Rate limits").
//
// The shape of a limit: `perMinute` sustained, counted per one-second window (so a client cannot
// spend a minute's budget in its first second), plus a burst of extra requests per minute for a
// page that sends many at once.
import { Redis } from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until one more request would be allowed (for Retry-After). */
  retryAfterSeconds: number;
}

/** Where counters are kept: a Redis shared by every replica, or this process's memory. */
export interface RateLimitStore {
  redis?: Redis;
  /** First part of every Redis key, so that installations (and test runs) sharing a Redis stay apart. */
  keyPrefix: string;
  /** Called each time a decision is taken in memory because Redis did not answer. */
  onFallback?(limiter: string, error: unknown): void;
  close(): Promise<void>;
}

export interface RateLimitStoreOptions {
  redisUrl?: string;
  keyPrefix?: string;
  onFallback?(limiter: string, error: unknown): void;
  /** Redis connection lost or back (for the log). */
  onRedisStatus?(status: 'up' | 'down', error?: unknown): void;
}

export const DEFAULT_RATE_LIMIT_KEY_PREFIX = 'pn-rate-limit';

export async function openRateLimitStore(options: RateLimitStoreOptions = {}): Promise<RateLimitStore> {
  const keyPrefix = options.keyPrefix ?? DEFAULT_RATE_LIMIT_KEY_PREFIX;
  if (!options.redisUrl) return { keyPrefix, onFallback: options.onFallback, close: async () => undefined };
  let closing = false;
  const redis = new Redis(options.redisUrl, {
    lazyConnect: true,
    // A request never waits on a Redis that is away: commands fail at once and the in-memory
    // limiter decides, while the client reconnects in the background.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => (closing ? null : Math.min(attempt * 200, 2_000)),
  });
  let up = false;
  redis.on('ready', () => {
    if (!up) options.onRedisStatus?.('up');
    up = true;
  });
  redis.on('error', (error) => {
    if (up) options.onRedisStatus?.('down', error);
    up = false;
  });
  redis.on('close', () => {
    if (up) options.onRedisStatus?.('down');
    up = false;
  });
  // A gateway starts while Redis is away, limiting in memory until it comes back.
  await redis.connect().catch((error) => options.onRedisStatus?.('down', error));
  return {
    redis,
    keyPrefix,
    onFallback: options.onFallback,
    close: async () => {
      closing = true;
      redis.disconnect();
    },
  };
}

export interface RateLimiterOptions {
  /** Names the limit in keys, logs and metrics: `requests`, `authentication-failures`. */
  name: string;
  perMinute: number;
  /** Requests allowed at once (default: ten seconds' worth). */
  burst?: number;
  store?: RateLimitStore;
}

/** A limiter that says when it had to decide without Redis. */
class FallbackLimiter extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: (error: unknown) => void,
  ) {
    super(options);
  }
  override consume(key: string | number, points?: number, options?: { [key: string]: any }): Promise<RateLimiterRes> {
    this.onUse(new Error('Redis did not answer'));
    return super.consume(key, points, options);
  }
}

export class RateLimiter {
  readonly name: string;
  private readonly sustained: RateLimiterAbstract;
  private readonly extra?: RateLimiterAbstract;
  private readonly limiter: Pick<RateLimiterAbstract, 'consume'>;

  constructor(options: RateLimiterOptions) {
    this.name = options.name;
    const burst = Math.max(1, options.burst ?? Math.ceil(options.perMinute / 6));
    // perMinute per one-second window; under 60 a minute, one request per 60/perMinute seconds.
    const windowSeconds = options.perMinute >= 60 ? 1 : Math.ceil(60 / options.perMinute);
    const sustainedPoints = Math.min(burst, Math.max(1, Math.floor((options.perMinute * windowSeconds) / 60)));
    this.sustained = this.build(options.store, 'sustained', sustainedPoints, windowSeconds);
    if (burst > sustainedPoints) {
      this.extra = this.build(options.store, 'burst', burst - sustainedPoints, 60);
      this.limiter = new BurstyRateLimiter(this.sustained, this.extra);
    } else {
      this.limiter = this.sustained;
    }
  }

  private build(store: RateLimitStore | undefined, part: string, points: number, duration: number): RateLimiterAbstract {
    if (!store?.redis) return new RateLimiterMemory({ points, duration });
    return new RateLimiterRedis({
      storeClient: store.redis,
      keyPrefix: `${store.keyPrefix}:${this.name}:${part}`,
      points,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new FallbackLimiter({ points, duration }, (error) => store.onFallback?.(this.name, error)),
    });
  }

  /** Takes one request from the client's budget, when there is one left. */
  async take(client: string): Promise<RateDecision> {
    try {
      await this.limiter.consume(client);
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }

  /**
   * Gives back a request taken in advance (it turned out not to count): to the burst first, the
   * slower budget to come back, and never more than was taken. Refused attempts are counted too
   * by the library; they go with it, as a refused request was never taken.
   */
  async giveBack(client: string): Promise<void> {
    for (const part of [this.extra, this.sustained]) {
      if (!part) continue;
      const counted = (await part.get(client))?.consumedPoints ?? 0;
      const taken = Math.min(counted, part.points);
      if (taken > 0) {
        await part.reward(client, counted - taken + 1);
        return;
      }
    }
  }
}
