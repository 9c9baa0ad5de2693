// Queries only: a programme's money totals as of a day, aggregated in SQL so that a programme
// with thousands of payments is still one round trip per figure.
import type { DataSource } from 'typeorm';

export interface BudgetTotals {
  authorisedCents: number;
  /** Commitments dated up to the day, net of reductions dated up to the day. */
  committedCents: number;
  /** Payment schedule per budget year. */
  planned: Map<number, number>;
  /** Payments per budget year up to the day, net of refunds. */
  actual: Map<number, number>;
  /** FEDER-eligible payments up to the day, net of eligible refunds. */
  eligiblePaidCents: number;
}

export class BudgetRepository {
  constructor(private readonly dataSource: DataSource) {}

  async totals(programmeId: string, asOf: string): Promise<BudgetTotals> {
    const q = <T>(sql: string, params: unknown[] = [programmeId, asOf]) => this.dataSource.query(sql, params) as Promise<T>;
    const [[authorised], planned, [committed], actual, [eligible]] = await Promise.all([
      q<Array<{ cents: string }>>(`SELECT COALESCE(sum(amount_cents), 0)::text AS cents FROM commitment_authorisation WHERE programme_id = $1`, [programmeId]),
      q<Array<{ year: number; cents: string }>>(
        `SELECT l.budget_year AS year, sum(l.amount_cents)::text AS cents
           FROM payment_schedule_line l JOIN commitment_authorisation a ON a.id = l.authorisation_id
          WHERE a.programme_id = $1 GROUP BY l.budget_year`,
        [programmeId],
      ),
      q<Array<{ cents: string }>>(
        `SELECT ((SELECT COALESCE(sum(amount_cents), 0) FROM commitment WHERE programme_id = $1 AND committed_on <= $2)
               - (SELECT COALESCE(sum(amount_cents), 0) FROM commitment_reduction WHERE programme_id = $1 AND reduced_on <= $2))::text AS cents`,
      ),
      q<Array<{ year: number; cents: string }>>(
        `SELECT year, sum(cents)::text AS cents FROM (
                   SELECT budget_year AS year, amount_cents AS cents FROM payment WHERE programme_id = $1 AND paid_on <= $2
         UNION ALL SELECT budget_year, -refunded_cents FROM commitment_reduction WHERE programme_id = $1 AND reduced_on <= $2 AND refunded_cents > 0
         ) x GROUP BY year`,
      ),
      q<Array<{ cents: string }>>(
        `SELECT ((SELECT COALESCE(sum(amount_cents), 0) FROM payment WHERE programme_id = $1 AND paid_on <= $2 AND feder_eligible)
               - (SELECT COALESCE(sum(refunded_cents), 0) FROM commitment_reduction WHERE programme_id = $1 AND reduced_on <= $2 AND feder_eligible))::text AS cents`,
      ),
    ]);
    return {
      authorisedCents: Number(authorised.cents),
      committedCents: Number(committed.cents),
      planned: new Map(planned.map((r) => [r.year, Number(r.cents)])),
      actual: new Map(actual.map((r) => [r.year, Number(r.cents)])),
      eligiblePaidCents: Number(eligible.cents),
    };
  }
}
