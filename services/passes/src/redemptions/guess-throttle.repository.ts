// Queries only: the brute-force brake's counters (table guess_throttle), one row per key. Every
// method runs in the transaction (or on the manager) it is given.
import type { EntityManager } from 'typeorm';

export interface ThrottleRow {
  key: string;
  failures: number;
  window_started_at: Date;
  blocked_until: Date | null;
}

/** Where a failure is counted: the window it falls in, the limit, and the block it earns at the limit. */
export interface FailureCount {
  now: Date;
  windowStart: Date;
  maxFailures: number;
  blockedUntil: Date;
}

export class GuessThrottleRepository {
  /** The latest block of any of the keys; null when none is (or was) blocked. */
  async latestBlock(manager: EntityManager, keys: readonly string[]): Promise<Date | null> {
    const [row] = await manager.query(`SELECT max(blocked_until) AS blocked_until FROM guess_throttle WHERE key = ANY($1::text[])`, [keys]);
    return row?.blocked_until ?? null;
  }

  /** Creates the rows of the keys not counted yet, in the order given. */
  async ensureRows(manager: EntityManager, sortedKeys: readonly string[], now: Date): Promise<void> {
    await manager.query(
      `INSERT INTO guess_throttle (key, failures, window_started_at) SELECT k, 0, $2 FROM unnest($1::text[]) WITH ORDINALITY AS u(k, i) ORDER BY i
         ON CONFLICT (key) DO NOTHING`,
      [sortedKeys, now],
    );
  }

  /** The keys' rows, locked in key order, so that concurrent guesses on the same keys queue instead of deadlocking. */
  lockRows(manager: EntityManager, sortedKeys: readonly string[]): Promise<ThrottleRow[]> {
    return manager.query(`SELECT key, failures, window_started_at, blocked_until FROM guess_throttle WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`, [sortedKeys]);
  }

  /** One more failure on every key's (locked) row; the one that reaches the limit blocks its key. */
  async countFailure(manager: EntityManager, sortedKeys: readonly string[], count: FailureCount): Promise<void> {
    await manager.query(
      `UPDATE guess_throttle SET
           failures = CASE WHEN window_started_at < $3 THEN 1 ELSE failures + 1 END,
           window_started_at = CASE WHEN window_started_at < $3 THEN $2 ELSE window_started_at END,
           blocked_until = CASE WHEN (CASE WHEN window_started_at < $3 THEN 1 ELSE failures + 1 END) >= $4 THEN $5::timestamptz ELSE blocked_until END
         WHERE key = ANY($1::text[])`,
      [sortedKeys, count.now, count.windowStart, count.maxFailures, count.blockedUntil],
    );
  }

  /** One failure fewer on the key. */
  async uncountFailure(manager: EntityManager, key: string): Promise<void> {
    await manager.query(`UPDATE guess_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [key]);
  }

  /** One more failure on the key, its row created when missing, in one statement. */
  async addFailure(manager: EntityManager, key: string, count: FailureCount): Promise<void> {
    await manager.query(
      `INSERT INTO guess_throttle (key, failures, window_started_at, blocked_until) VALUES ($1, 1, $2, CASE WHEN $4 <= 1 THEN $5::timestamptz END)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN guess_throttle.window_started_at < $3 THEN 1 ELSE guess_throttle.failures + 1 END,
           window_started_at = CASE WHEN guess_throttle.window_started_at < $3 THEN $2 ELSE guess_throttle.window_started_at END,
           blocked_until = CASE WHEN guess_throttle.window_started_at >= $3 AND guess_throttle.failures + 1 >= $4 THEN $5::timestamptz
                                ELSE guess_throttle.blocked_until END`,
      [key, count.now, count.windowStart, count.maxFailures, count.blockedUntil],
    );
  }
}
