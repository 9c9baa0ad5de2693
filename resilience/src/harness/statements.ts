// A month's statements asked for several times at the same instant (staff clicking twice, two
// colleagues, several replicas answering): one statement per place must come of it, with each
// redemption of the month in exactly one, whichever process took each request.
import { headersOf, type Caller } from './api';
import { outcomeOf, type Platform } from './platform';
import { MUTATIONS, type Scenario } from './scenario';

export interface StatementsAtOnce {
  month: string;
  /** Outcome of each request, in order ('OK' or an error code). */
  outcomes: string[];
  /** Distinct answers among the successful ones (all must agree). */
  distinctAnswers: number;
  statements: number;
  places: number;
  /** Places with more than one statement, or whose redemptions are not each in one. */
  mismatches: string[];
}

/**
 * Moves the programme's redemptions not yet on a statement into last month (statements cover
 * a month that has ended), asks for that month's statements once per caller at the same
 * instant, and recounts what came of it.
 */
export async function statementsAtOnce(platform: Platform, scenario: Scenario, callers: Caller[]): Promise<StatementsAtOnce> {
  const db = await platform.database('passes');
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15, 12));
  const month = lastMonth.toISOString().slice(0, 7);
  try {
    await db.query(`UPDATE redemption SET redeemed_at = $2 WHERE programme_id = $1 AND status = 'REDEEMED' AND statement_id IS NULL`, [scenario.programmeId, lastMonth]);
    const attempts = await Promise.all(callers.map((caller) => platform.query(MUTATIONS.generateStatements, { programmeId: scenario.programmeId, month }, headersOf(caller))));
    const answered = attempts.filter((a) => outcomeOf(a) === 'OK');
    const statements = await db.query(`SELECT place_id, count(*)::int AS n, sum(pass_count)::int AS passes FROM statement WHERE programme_id = $1 AND month = $2 GROUP BY place_id`, [scenario.programmeId, month]);
    const redemptions = await db.query(
      `SELECT place_id, count(*)::int AS passes, count(statement_id)::int AS stated FROM redemption WHERE programme_id = $1 AND status = 'REDEEMED' GROUP BY place_id`,
      [scenario.programmeId],
    );
    const byPlace = new Map(statements.rows.map((r) => [r.place_id as string, r]));
    const mismatches: string[] = [];
    for (const r of statements.rows) if (r.n !== 1) mismatches.push(`place ${r.place_id}: ${r.n} statements for ${month}`);
    for (const r of redemptions.rows) {
      const inStatement = byPlace.get(r.place_id)?.passes ?? 0;
      if (r.stated !== r.passes || inStatement !== r.passes) mismatches.push(`place ${r.place_id}: ${r.passes} redemptions, ${r.stated} on a statement, ${inStatement} counted by its statement`);
    }
    return {
      month,
      outcomes: attempts.map(outcomeOf),
      distinctAnswers: new Set(answered.map((a) => JSON.stringify(a.data.generateStatements))).size,
      statements: statements.rowCount ?? 0,
      places: redemptions.rowCount ?? 0,
      mismatches,
    };
  } finally {
    await db.end();
  }
}

