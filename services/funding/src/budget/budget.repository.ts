// Queries only: a programme's money totals as of a day, aggregated in SQL so that a programme
// with thousands of payments is still one round trip per figure.
import type { DataSource } from 'typeorm';

export interface BudgetTotals {
  authorisedCents: number;
  /** Commitments dated up to the day, net of reductions dated up to the day. */
  committedCents: number;
  /** Released for good at the closing, up to the day. */
  releasedCents: number;
  /** Payment schedule per budget year. */
  planned: Map<number, number>;
  /** Payment orders per budget year up to the day. */
  payments: Map<number, number>;
  /** Receipts per budget year up to the day. */
  receipts: Map<number, number>;
  /** FEDER-eligible payments up to the day, net of eligible receipts. */
  eligiblePaidCents: number;
}

export class BudgetRepository {
  constructor(private readonly dataSource: DataSource) {}

  async totals(programmeId: string, asOf: string): Promise<BudgetTotals> {
    const q = <T>(sql: string, params: unknown[] = [programmeId, asOf]) => this.dataSource.query(sql, params) as Promise<T>;
    const byYear = (rows: Array<{ year: number; cents: string }>) => new Map(rows.map((r) => [r.year, Number(r.cents)]));
    const [[authorised], planned, [committed], payments, receipts, [eligible], [released]] = await Promise.all([
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
        `SELECT budget_year AS year, sum(amount_cents)::text AS cents FROM payment WHERE programme_id = $1 AND paid_on <= $2 GROUP BY budget_year`,
      ),
      q<Array<{ year: number; cents: string }>>(
        `SELECT budget_year AS year, sum(amount_cents)::text AS cents FROM receipt WHERE programme_id = $1 AND issued_on <= $2 GROUP BY budget_year`,
      ),
      q<Array<{ cents: string }>>(
        `SELECT ((SELECT COALESCE(sum(amount_cents), 0) FROM payment WHERE programme_id = $1 AND paid_on <= $2 AND feder_eligible)
               - (SELECT COALESCE(sum(amount_cents), 0) FROM receipt WHERE programme_id = $1 AND issued_on <= $2 AND feder_eligible))::text AS cents`,
      ),
      q<Array<{ cents: string }>>(`SELECT COALESCE(sum(amount_cents), 0)::text AS cents FROM authorisation_release WHERE programme_id = $1 AND released_on <= $2`),
    ]);
    return {
      authorisedCents: Number(authorised.cents),
      committedCents: Number(committed.cents),
      releasedCents: Number(released.cents),
      planned: byYear(planned),
      payments: byYear(payments),
      receipts: byYear(receipts),
      eligiblePaidCents: Number(eligible.cents),
    };
  }
}
