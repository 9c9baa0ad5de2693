// Queries only: what the alerts are computed from. Every query starts from a read model or from
// an index range (passes by validity date, orders by programme, booklets by distributor, hand-outs
// by programme and day): none reads all the passes or all the hand-outs of a programme.
import type { DataSource } from 'typeorm';
import type { FunnelDimension } from '../funnel/funnel.repository';
import { wideRead } from '../usage/wide-read.repository';

export interface LowUsageKey {
  key: string;
  handedOut: number;
  redeemed: number;
}

/** Passes in beneficiaries' hands, not redeemed, whose validity ends on `validUntil`, for one hand-out. */
export interface ExpiringHandOut {
  distributor: string;
  commune: string;
  epci: string | null;
  departement: string;
  region: string;
  validUntil: string;
  passes: number;
}

/** Passes of one order's booklets held by one distributor (or in stock), not handed out, with their last day. */
export interface UnhandedStock {
  distributor: string | null;
  scopeLevel: string | null;
  scopeCode: string | null;
  deadline: string;
  passes: number;
}

export interface DistributorTotals {
  organisationId: string;
  allocated: number;
  handedOut: number;
  redeemed: number;
}

export interface IdleBookletRow {
  id: string;
  size: number;
  perimeterLevel: string;
  perimeterCode: string;
  deadline: string;
}

export interface DistributorAgreementRow {
  organisationId: string;
  scopeLevel: string | null;
  scopeCode: string | null;
  startsOn: string;
  endsOn: string | null;
}

export class AlertsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Keys of a dimension whose usage rate is below a threshold, worst first, with how many there are in all. */
  async lowUsage(programmeId: string, dimension: FunnelDimension, below: number, minHandedOut: number, limit: number): Promise<{ keys: LowUsageKey[]; totalCount: number }> {
    const rows: Array<{ key: string; handed_out: string; redeemed: string; total: number }> = await wideRead(this.dataSource, (m) =>
      m.query(
        `SELECT key, sum(handed_out) AS handed_out, sum(redeemed) AS redeemed, (count(*) OVER ())::int AS total
           FROM funnel_counter WHERE programme_id = $1 AND dimension = $2 GROUP BY key
         HAVING sum(handed_out) >= $3 AND sum(redeemed) < $4::float8 * sum(handed_out)
          ORDER BY sum(redeemed)::float8 / sum(handed_out), sum(handed_out) DESC, key
          LIMIT $5`,
        [programmeId, dimension, Math.max(1, minHandedOut), below, limit],
      ),
    );
    return { keys: rows.map((r) => ({ key: r.key, handedOut: Number(r.handed_out), redeemed: Number(r.redeemed) })), totalCount: rows[0]?.total ?? 0 };
  }

  /** Handed-out passes not redeemed whose validity ends between two days (both included), per hand-out. */
  async expiringHandedOut(programmeId: string, from: string, to: string): Promise<ExpiringHandOut[]> {
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT h.distributor_organisation_id AS distributor, h.residence_insee_code AS commune, h.residence_epci AS epci,
              h.residence_departement AS departement, h.residence_region AS region, e.valid_until::text AS valid_until, e.passes
         FROM (SELECT p.hand_out_id, p.valid_until, count(*)::int AS passes
                 FROM pass p
                WHERE p.status = 'HANDED_OUT' AND p.valid_until BETWEEN $2::date AND $3::date
                  AND p.order_id = ANY (ARRAY(SELECT id FROM pass_order WHERE programme_id = $1))
                GROUP BY p.hand_out_id, p.valid_until) e
         -- One primary-key lookup per hand-out at risk (OFFSET 0 keeps it a nested loop: a hash
         -- join would read every hand-out of the programme to find a few per cent of them).
         CROSS JOIN LATERAL (SELECT * FROM hand_out WHERE id = e.hand_out_id OFFSET 0) h`,
      [programmeId, from, to],
    );
    return rows.map((r) => ({
      distributor: r.distributor,
      commune: r.commune,
      epci: r.epci,
      departement: r.departement,
      region: r.region,
      validUntil: r.valid_until,
      passes: Number(r.passes),
    }));
  }

  /**
   * Passes never handed out whose last day to be handed out (the programme's end, or the order's
   * validUntil when earlier) falls between two days: per distributor (null = in stock) and scope.
   */
  async unhandedStock(programmeId: string, from: string, to: string): Promise<UnhandedStock[]> {
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `WITH held AS (
         -- booklet_not_handed_out: only booklets still holding passes, index-only.
         SELECT b.distributor_organisation_id AS distributor, b.agreement_id, o.deadline, sum(b.size - b.handed_out_count)::int AS passes
           FROM (SELECT o.id, least(p.ends_on, COALESCE(o.valid_until, p.ends_on)) AS deadline
                   FROM pass_order o JOIN programme p ON p.id = o.programme_id
                  WHERE o.programme_id = $1) o
           JOIN booklet b ON b.order_id = o.id AND b.handed_out_count < b.size
          WHERE o.deadline BETWEEN $2::date AND $3::date
          GROUP BY 1, 2, 3)
       SELECT h.distributor, a.scope_level, a.scope_code, h.deadline::text AS deadline, h.passes
         FROM held h LEFT JOIN distributor_agreement a ON a.agreement_id = h.agreement_id`,
      [programmeId, from, to],
    );
    return rows.map((r) => ({ distributor: r.distributor, scopeLevel: r.scope_level, scopeCode: r.scope_code, deadline: r.deadline, passes: Number(r.passes) }));
  }

  /** Places qualified by the programme inside a set of communes with no redemption for it, by id, with how many there are in all. */
  async placesWithoutRedemption(programmeId: string, communes: readonly string[], limit: number, afterId?: string): Promise<{ rows: Array<{ id: string; organisationId: string; inseeCode: string }>; totalCount: number }> {
    // The places with redemptions, from the read model, once; then one anti-join over the places.
    const [result]: Array<{ total: number; page: Array<{ id: string; organisation_id: string; insee_code: string }> | null }> = await wideRead(this.dataSource, (m) =>
      m.query(
        `WITH used AS MATERIALIZED (
           SELECT key::uuid AS id FROM funnel_counter WHERE programme_id = $1 AND dimension = 'PLACE' GROUP BY key HAVING sum(redeemed) > 0
         ), idle AS MATERIALIZED (
           SELECT pl.id, pl.organisation_id, pl.insee_code
             FROM place pl JOIN place_qualification q ON q.place_id = pl.id AND q.programme_id = $1 AND q.status = 'QUALIFIED'
             LEFT JOIN used u ON u.id = pl.id
            WHERE u.id IS NULL AND pl.insee_code = ANY($2::text[])
         )
         SELECT (SELECT count(*) FROM idle)::int AS total,
                (SELECT json_agg(p ORDER BY p.id) FROM (SELECT * FROM idle WHERE $3::uuid IS NULL OR id > $3::uuid ORDER BY id LIMIT $4) p) AS page`,
        [programmeId, communes, afterId ?? null, limit],
      ),
    );
    return { rows: (result.page ?? []).map((r) => ({ id: r.id, organisationId: r.organisation_id, inseeCode: r.insee_code })), totalCount: result.total };
  }

  async distributorTotals(programmeId: string): Promise<DistributorTotals[]> {
    const rows: Array<Record<string, string>> = await wideRead(this.dataSource, (m) =>
      m.query(
        `SELECT key, sum(allocated) AS allocated, sum(handed_out) AS handed_out, sum(redeemed) AS redeemed
           FROM funnel_counter WHERE programme_id = $1 AND dimension = 'DISTRIBUTOR' GROUP BY key`,
        [programmeId],
      ),
    );
    return rows.map((r) => ({ organisationId: r.key, allocated: Number(r.allocated), handedOut: Number(r.handed_out), redeemed: Number(r.redeemed) }));
  }

  /** Passes each distributor handed out between two instants. */
  async handedOutBetween(programmeId: string, from: Date, to: Date): Promise<Map<string, number>> {
    const rows: Array<{ distributor: string; passes: string }> = await this.dataSource.query(
      `SELECT distributor_organisation_id AS distributor, sum(pass_count) AS passes
         FROM hand_out WHERE programme_id = $1 AND handed_out_at >= $2 AND handed_out_at < $3 GROUP BY 1`,
      [programmeId, from, to],
    );
    return new Map(rows.map((r) => [r.distributor, Number(r.passes)]));
  }

  async agreements(programmeId: string): Promise<DistributorAgreementRow[]> {
    const rows: Array<{ organisation_id: string; scope_level: string | null; scope_code: string | null; starts_on: string; ends_on: string | null }> = await this.dataSource.query(
      `SELECT organisation_id, scope_level, scope_code, starts_on::text AS starts_on, ends_on::text AS ends_on FROM distributor_agreement WHERE programme_id = $1`,
      [programmeId],
    );
    return rows.map((r) => ({ organisationId: r.organisation_id, scopeLevel: r.scope_level, scopeCode: r.scope_code, startsOn: r.starts_on, endsOn: r.ends_on }));
  }

  /** A distributor's booklets of the programme none of whose passes is handed out, still distributable on `asOf`. */
  async idleBooklets(programmeId: string, organisationId: string, asOf: string): Promise<IdleBookletRow[]> {
    const rows: Array<Record<string, string | number>> = await this.dataSource.query(
      `SELECT b.id, b.size, o.perimeter_level, o.perimeter_code, least(p.ends_on, COALESCE(o.valid_until, p.ends_on))::text AS deadline
         FROM booklet b JOIN pass_order o ON o.id = b.order_id JOIN programme p ON p.id = b.programme_id
        WHERE b.distributor_organisation_id = $2 AND b.programme_id = $1 AND b.handed_out_count = 0
          AND least(p.ends_on, COALESCE(o.valid_until, p.ends_on)) >= $3::date
        ORDER BY b.number`,
      [programmeId, organisationId, asOf],
    );
    return rows.map((r) => ({ id: String(r.id), size: Number(r.size), perimeterLevel: String(r.perimeter_level), perimeterCode: String(r.perimeter_code), deadline: String(r.deadline) }));
  }
}
