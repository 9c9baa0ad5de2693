// Brute-force brake: wrong codes and unknown numbers are counted per caller in a sliding window;
// past the limit the caller is refused every check and redemption (even right ones) for a while.
// Kept in the database so that every replica of the service sees the same count.
import type { DataSource } from 'typeorm';
import type { Clock } from '@pass-numerique/kernel';
import { RedemptionError } from './redemption.errors';

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { maxFailures: 10, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

export class GuessThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  async assertAllowed(caller: string): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT blocked_until FROM guess_throttle WHERE caller = $1`, [caller]);
    this.assertNotBlocked(row?.blocked_until ?? null);
  }

  /** For callers that fetched blocked_until themselves, with other facts, in one query. */
  assertNotBlocked(blockedUntil: Date | string | null): void {
    const now = this.clock.now();
    if (blockedUntil && new Date(blockedUntil) > now) {
      throw new RedemptionError('TOO_MANY_ATTEMPTS', 'too many wrong pass numbers or codes; try again later', {
        retryAfterSeconds: Math.ceil((new Date(blockedUntil).getTime() - now.getTime()) / 1000),
      });
    }
  }

  /** Counts one wrong guess, in its own transaction (the refused request's transaction rolls back). */
  async recordFailure(caller: string): Promise<void> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.policy.windowMs);
    await this.dataSource.query(
      `INSERT INTO guess_throttle (caller, failures, window_started_at, blocked_until) VALUES ($1, 1, $2, CASE WHEN $4 <= 1 THEN $5::timestamptz END)
       ON CONFLICT (caller) DO UPDATE SET
         failures = CASE WHEN guess_throttle.window_started_at < $3 THEN 1 ELSE guess_throttle.failures + 1 END,
         window_started_at = CASE WHEN guess_throttle.window_started_at < $3 THEN $2 ELSE guess_throttle.window_started_at END,
         blocked_until = CASE WHEN guess_throttle.window_started_at >= $3 AND guess_throttle.failures + 1 >= $4 THEN $5::timestamptz
                              ELSE guess_throttle.blocked_until END`,
      [caller, now, windowStart, this.policy.maxFailures, new Date(now.getTime() + this.policy.blockMs)],
    );
  }
}
