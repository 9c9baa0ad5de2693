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

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { maxFailures: 10, windowMs: 15 * 60_000, blockMs: 15 * 60_000 };

export const callerKey = (subject: string) => `caller:${subject}`;
export const passKey = (number: string) => `pass:${number}`;

interface ThrottleRow {
  key: string;
  failures: number;
  window_started_at: Date;
  blocked_until: Date | null;
}

export class GuessThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  /** Refuses when any of the keys is blocked. */
  async assertAllowed(keys: readonly string[]): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT max(blocked_until) AS blocked_until FROM guess_throttle WHERE key = ANY($1::text[])`, [keys]);
    this.assertNotBlocked(row?.blocked_until ?? null);
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
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.policy.windowMs);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO guess_throttle (key, failures, window_started_at) SELECT k, 0, $2 FROM unnest($1::text[]) WITH ORDINALITY AS u(k, i) ORDER BY i
         ON CONFLICT (key) DO NOTHING`,
        [sorted, now],
      );
      // Locked in key order, so that concurrent guesses on the same keys queue instead of deadlocking.
      const rows: ThrottleRow[] = await manager.query(
        `SELECT key, failures, window_started_at, blocked_until FROM guess_throttle WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
        [sorted],
      );
      const blocked = rows.map((r) => r.blocked_until).filter((until): until is Date => until !== null && until > now);
      if (blocked.length > 0) throw this.tooMany(new Date(Math.max(...blocked.map((d) => d.getTime()))));
      await manager.query(
        `UPDATE guess_throttle SET
           failures = CASE WHEN window_started_at < $3 THEN 1 ELSE failures + 1 END,
           window_started_at = CASE WHEN window_started_at < $3 THEN $2 ELSE window_started_at END,
           blocked_until = CASE WHEN (CASE WHEN window_started_at < $3 THEN 1 ELSE failures + 1 END) >= $4 THEN $5::timestamptz ELSE blocked_until END
         WHERE key = ANY($1::text[])`,
        [sorted, now, windowStart, this.policy.maxFailures, new Date(now.getTime() + this.policy.blockMs)],
      );
    });
  }

  /** Takes back a guess counted by `reserve` that turned out to be none (the request was refused for another reason, or answered). */
  async giveBack(keys: readonly string[]): Promise<void> {
    // One row per statement: no statement ever holds two of these rows, so none waits in a cycle.
    for (const key of new Set(keys)) await this.dataSource.query(`UPDATE guess_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [key]);
  }

  /** Counts one wrong guess found after the fact, in its own statement per key (the refused request's transaction rolls back). */
  async recordFailure(keys: readonly string[]): Promise<void> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.policy.windowMs);
    for (const key of new Set(keys)) {
      await this.dataSource.query(
        `INSERT INTO guess_throttle (key, failures, window_started_at, blocked_until) VALUES ($1, 1, $2, CASE WHEN $4 <= 1 THEN $5::timestamptz END)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN guess_throttle.window_started_at < $3 THEN 1 ELSE guess_throttle.failures + 1 END,
           window_started_at = CASE WHEN guess_throttle.window_started_at < $3 THEN $2 ELSE guess_throttle.window_started_at END,
           blocked_until = CASE WHEN guess_throttle.window_started_at >= $3 AND guess_throttle.failures + 1 >= $4 THEN $5::timestamptz
                                ELSE guess_throttle.blocked_until END`,
        [key, now, windowStart, this.policy.maxFailures, new Date(now.getTime() + this.policy.blockMs)],
      );
    }
  }

  private tooMany(blockedUntil: Date): RedemptionError {
    const now = this.clock.now();
    return new RedemptionError('TOO_MANY_ATTEMPTS', 'too many wrong pass numbers or codes; try again later', {
      retryAfterSeconds: Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000),
    });
  }
}
