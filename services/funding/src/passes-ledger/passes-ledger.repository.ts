// Queries only: what the passes service told funding, and what funding made of it.
import type { DataSource, EntityManager } from 'typeorm';
import { CreditNoteIssuedV1, OrderActivatedV1, OrderPlacedV1, StatementPaidV1 } from '@pass-numerique/event-contracts';
import { PassesFactEntity } from './passes-fact.entity';

/** Passes of one order used up to a day, with the order's face value and fee as the passes service stated them. */
export interface UsedPassesOfOrder {
  orderId: string;
  used: number;
  usedFaceValueCents: number;
  /** Null when the order's placement was never received. */
  orderFaceValueCents: number | null;
  orderFeeCents: number | null;
}

export interface UsedPassesMonth {
  month: string;
  redeemed: number;
  cancelled: number;
  faceValueCents: number;
}

export interface PassesTotals {
  eventCount: number;
  amountCents: number;
  feeCents: number;
}

export class PassesLedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  findFact(factKey: string, manager: EntityManager = this.dataSource.manager): Promise<PassesFactEntity | null> {
    return manager.getRepository(PassesFactEntity).findOneBy({ factKey });
  }

  /** Facts waiting for an earlier one, in the order they can be applied: orders first. */
  pendingFacts(manager: EntityManager, programmeId: string): Promise<PassesFactEntity[]> {
    return manager
      .getRepository(PassesFactEntity)
      .createQueryBuilder('f')
      .where('f.programme_id = :programmeId', { programmeId })
      .andWhere(`f.status = 'PENDING'`)
      .orderBy(
        `CASE f.event_type WHEN '${OrderPlacedV1.type}' THEN 0 WHEN '${OrderActivatedV1.type}' THEN 1 WHEN '${StatementPaidV1.type}' THEN 2 ELSE 3 END`,
      )
      .addOrderBy('f.occurred_on')
      .addOrderBy('f.received_at')
      .getMany();
  }

  /** Per event type: how many facts the passes service sent, their total, and the fees within it. */
  async passesTotals(programmeId: string): Promise<Map<string, PassesTotals>> {
    const rows: Array<{ event_type: string; events: number; amount: string; fee: string }> = await this.dataSource.query(
      `SELECT event_type, count(*)::int AS events, sum(amount_cents)::text AS amount,
              COALESCE(sum((payload->>'feeCents')::bigint), 0)::text AS fee
         FROM passes_fact WHERE programme_id = $1 GROUP BY event_type`,
      [programmeId],
    );
    return new Map(rows.map((r) => [r.event_type, { eventCount: r.events, amountCents: Number(r.amount), feeCents: Number(r.fee) }]));
  }

  /**
   * What funding recorded from each event type, keyed "<event type>:main" for the commitments,
   * payments and reductions that carry a passes event id, and "<event type>:receipt" for receipts.
   */
  async fundingTotals(programmeId: string): Promise<Map<string, number>> {
    const rows: Array<{ event_type: string; record: string; amount: string }> = await this.dataSource.query(
      `SELECT f.event_type, x.record, sum(x.amount_cents)::text AS amount FROM (
              SELECT 'main' AS record, source_event_id, amount_cents FROM commitment WHERE programme_id = $1 AND source_event_id IS NOT NULL
    UNION ALL SELECT 'main', source_event_id, amount_cents FROM payment WHERE programme_id = $1 AND source_event_id IS NOT NULL
    UNION ALL SELECT 'main', source_event_id, amount_cents FROM commitment_reduction WHERE programme_id = $1 AND source_event_id IS NOT NULL
    UNION ALL SELECT 'receipt', source_event_id, amount_cents FROM receipt WHERE programme_id = $1 AND source_event_id IS NOT NULL
         ) x JOIN passes_fact f ON f.source_event_id = x.source_event_id
        GROUP BY f.event_type, x.record`,
      [programmeId],
    );
    return new Map(rows.map((r) => [`${r.event_type}:${r.record}`, Number(r.amount)]));
  }

  /** The operator an order was placed with, as its placement stated it; null when unknown. */
  async operatorOf(manager: EntityManager, orderId: string): Promise<string | null> {
    const [row]: Array<{ operator: string | null }> = await manager.query(
      `SELECT payload->>'operatorOrganisationId' AS operator FROM passes_fact WHERE fact_key = $1`,
      [`order-placed:${orderId}`],
    );
    return row?.operator ?? null;
  }

  /**
   * A place's statement announced as approved or as paid, on that day. Events of the two types
   * arrive in any order: whichever comes first makes the row, the other fills its day in.
   */
  async recordStatement(
    manager: EntityManager,
    s: { statementId: string; programmeId: string; placeOrganisationId: string; month: string; amountCents: number },
    step: 'approved' | 'paid',
    day: string,
  ): Promise<void> {
    const column = step === 'approved' ? 'approved_on' : 'paid_on';
    await manager.query(
      `INSERT INTO passes_statement (statement_id, programme_id, place_organisation_id, month, amount_cents, ${column})
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (statement_id) DO UPDATE SET ${column} = EXCLUDED.${column}`,
      [s.statementId, s.programmeId, s.placeOrganisationId, s.month, s.amountCents, day],
    );
  }

  /** Statements approved and not yet paid, as far as the passes service's events tell. */
  async pendingStatementCount(programmeId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM passes_statement WHERE programme_id = $1 AND paid_on IS NULL`, [programmeId]);
    return count;
  }

  /** Facts not (yet) reflected in funding's figures, oldest first. */
  async unsettled(programmeId: string, limit: number, manager: EntityManager = this.dataSource.manager): Promise<{ facts: PassesFactEntity[]; count: number }> {
    const where = `f.programme_id = :programmeId AND f.status IN ('PENDING', 'REFUSED')`;
    const repo = manager.getRepository(PassesFactEntity);
    const [facts, count] = await Promise.all([
      repo.createQueryBuilder('f').where(where, { programmeId }).orderBy('f.received_at').addOrderBy('f.source_event_id').limit(limit).getMany(),
      repo.createQueryBuilder('f').where(where, { programmeId }).getCount(),
    ]);
    return { facts, count };
  }

  async usedPassesByOrder(programmeId: string, asOf: string): Promise<UsedPassesOfOrder[]> {
    const rows: Array<{ order_id: string; used: number; face: string; order_face: string | null; order_fee: string | null }> = await this.dataSource.query(
      `SELECT u.order_id, sum(u.redeemed - u.cancelled)::int AS used, sum(u.face_value_cents)::text AS face,
              (o.payload->>'faceValueTotalCents') AS order_face, (o.payload->>'feeCents') AS order_fee
         FROM used_pass_day u
         LEFT JOIN passes_fact o ON o.fact_key = 'order-placed:' || u.order_id::text
        WHERE u.programme_id = $1 AND u.day <= $2
        GROUP BY u.order_id, o.payload
        ORDER BY u.order_id`,
      [programmeId, asOf],
    );
    return rows.map((r) => ({
      orderId: r.order_id,
      used: r.used,
      usedFaceValueCents: Number(r.face),
      orderFaceValueCents: r.order_face === null ? null : Number(r.order_face),
      orderFeeCents: r.order_fee === null ? null : Number(r.order_fee),
    }));
  }

  async usedPassesByMonth(programmeId: string, asOf: string): Promise<UsedPassesMonth[]> {
    const rows: Array<{ month: string; redeemed: number; cancelled: number; face: string }> = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM') AS month, sum(redeemed)::int AS redeemed, sum(cancelled)::int AS cancelled, sum(face_value_cents)::text AS face
         FROM used_pass_day WHERE programme_id = $1 AND day <= $2
        GROUP BY 1 ORDER BY 1`,
      [programmeId, asOf],
    );
    return rows.map((r) => ({ month: r.month, redeemed: r.redeemed, cancelled: r.cancelled, faceValueCents: Number(r.face) }));
  }

  async passesUsed(programmeId: string): Promise<number> {
    const [{ used }] = await this.dataSource.query(`SELECT COALESCE(sum(redeemed - cancelled), 0)::int AS used FROM used_pass_day WHERE programme_id = $1`, [programmeId]);
    return used;
  }
}

export const MONEY_FACT_TYPES = [OrderPlacedV1.type, OrderActivatedV1.type, StatementPaidV1.type, CreditNoteIssuedV1.type] as const;
