// Brute-force brake: wrong codes and unknown numbers are counted in a sliding window per caller
// (`caller:<subject>`) and per pass number (`pass:<number>`); past the limit on either, every
// check and redemption it covers (even right ones) is refused for a while. Per pass number because
// an organisation holds as many keys (callers) as it likes: on one number, all of them together get
// the limit. Kept in the database so that every replica of the service sees the same count.
//
// A wrong code is counted before it is evaluated, atomically (the rows of its keys locked in one
// order): of N concurrent wrong guesses, exactly the limit are evaluated and the others refused.
// A right code is only checked against the blocks; an unknown number it names is counted after.
import type { DataSource } from 'typeorm';
import type { Clock } from '@pass-numerique/kernel';
import { RedemptionError } from './redemption.errors';
import { GuessThrottleRepository, type FailureCount } from './guess-throttle.repository';

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { maxFailures: 10, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

export const callerKey = (subject: string) => `caller:${subject}`;
export const passKey = (number: string) => `pass:${number}`;

export class GuessThrottle {
  private readonly counters = new GuessThrottleRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  /** Refuses when any of the keys is blocked. */
  async assertAllowed(keys: readonly string[]): Promise<void> {
    this.assertNotBlocked(await this.counters.latestBlock(this.dataSource.manager, keys));
  }

  /** For callers that fetched the latest blocked_until of their keys themselves, with other facts, in one query. */
  assertNotBlocked(blockedUntil: Date | string | null): void {
    const now = this.clock.now();
    if (blockedUntil && new Date(blockedUntil) > now) throw this.tooMany(new Date(blockedUntil));
  }

  /**
   * Counts a wrong guess on every key before it is evaluated, or refuses it (TOO_MANY_ATTEMPTS,
   * nothing counted) when one of them is blocked. The guess that reaches the limit blocks its keys.
   */
  async reserve(keys: readonly string[]): Promise<void> {
    const sorted = [...new Set(keys)].sort();
    const count = this.failureCount();
    await this.dataSource.transaction(async (manager) => {
      await this.counters.ensureRows(manager, sorted, count.now);
      const rows = await this.counters.lockRows(manager, sorted);
      const blocked = rows.map((r) => r.blocked_until).filter((until): until is Date => until !== null && until > count.now);
      if (blocked.length > 0) throw this.tooMany(new Date(Math.max(...blocked.map((d) => d.getTime()))));
      await this.counters.countFailure(manager, sorted, count);
    });
  }

  /** Takes back a guess counted by `reserve` that turned out to be none (the request was refused for another reason, or answered). */
  async giveBack(keys: readonly string[]): Promise<void> {
    // One row per statement: no statement ever holds two of these rows, so none waits in a cycle.
    for (const key of new Set(keys)) await this.counters.uncountFailure(this.dataSource.manager, key);
  }

  /** Counts one wrong guess found after the fact, in its own statement per key (the refused request's transaction rolls back). */
  async recordFailure(keys: readonly string[]): Promise<void> {
    const count = this.failureCount();
    for (const key of new Set(keys)) await this.counters.addFailure(this.dataSource.manager, key, count);
  }

  private failureCount(): FailureCount {
    const now = this.clock.now();
    return { now, windowStart: new Date(now.getTime() - this.policy.windowMs), maxFailures: this.policy.maxFailures, blockedUntil: new Date(now.getTime() + this.policy.blockMs) };
  }

  private tooMany(blockedUntil: Date): RedemptionError {
    const now = this.clock.now();
    return new RedemptionError('TOO_MANY_ATTEMPTS', 'too many wrong pass numbers or codes; try again later', {
      retryAfterSeconds: Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000),
    });
  }
}
