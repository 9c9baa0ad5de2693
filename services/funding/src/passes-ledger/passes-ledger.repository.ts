// Queries only: what the passes service told funding, and what funding made of it.
import type { DataSource, EntityManager } from 'typeorm';
import { CreditNoteIssuedV1, OrderActivatedV1, OrderPlacedV1, StatementPaidV1, StatementPaidV2, type PayloadOf, type RedemptionRecoveredV1 } from '@pass-numerique/event-contracts';
import { PassesFactEntity, type PassesFactStatus } from './passes-fact.entity';
import type { SettlementModel } from '../programmes/programme.entity';

/** A money fact as received, before funding settles it. */
export type NewFact = Pick<PassesFactEntity, 'eventType' | 'factKey' | 'programmeId' | 'orderId' | 'amountCents' | 'passCount' | 'occurredOn' | 'payload'> & {
  sourceEventId: string;
};

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
  /** Recoveries taken back by the statements among them. */
  recoveredCents: number;
}

/** A payment of a place's statement, with what receipts already took back of it. */
export interface StatementPayment {
  id: string;
  commitmentId: string;
  amountCents: number;
  correctedCents: number;
}

/** A pass of an order counted in (redeemed) or out (cancelled, recovered after payment) of the passes used on a day. */
export interface UsedPass {
  programmeId: string;
  orderId: string;
  day: string;
  faceValueCents: number;
}

export class PassesLedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Keeps a fact as received, PENDING; false when it is known already (same event, or same fact key). */
  async insertFact(manager: EntityManager, fact: NewFact, receivedAt: Date): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO passes_fact (source_event_id, event_type, fact_key, programme_id, order_id, amount_cents, pass_count, occurred_on, payload, status, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PENDING', $10)
       ON CONFLICT DO NOTHING RETURNING source_event_id`,
      [fact.sourceEventId, fact.eventType, fact.factKey, fact.programmeId, fact.orderId, fact.amountCents, fact.passCount, fact.occurredOn, JSON.stringify(fact.payload), receivedAt],
    );
    return inserted.length > 0;
  }

  /** Records what funding made of a fact. */
  async markFact(manager: EntityManager, sourceEventId: string, outcome: { status: PassesFactStatus; code?: string; reason?: string; settledAt: Date | null }): Promise<void> {
    await manager.query(`UPDATE passes_fact SET status = $2, reason_code = $3, reason = $4, settled_at = $5 WHERE source_event_id = $1`, [
      sourceEventId,
      outcome.status,
      outcome.code ?? null,
      outcome.reason ?? null,
      outcome.settledAt,
    ]);
  }

  /**
   * Serialises the application of one programme's money facts, for the transaction's life. Taken
   * before any row lock.
   */
  async lockProgrammeFacts(manager: EntityManager, programmeId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`passes-facts:${programmeId}`]);
  }

  /** Runs `effect` under a savepoint: when it throws, what it wrote is rolled back and the transaction goes on. */
  async inSavepoint<T>(manager: EntityManager, effect: () => Promise<T>): Promise<T> {
    await manager.query('SAVEPOINT passes_fact_effect');
    try {
      const result = await effect();
      await manager.query('RELEASE SAVEPOINT passes_fact_effect');
      return result;
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT passes_fact_effect');
      throw error;
    }
  }

  /** The programme's settlement model; null when funding does not know the programme. */
  async settlementModelOf(manager: EntityManager, programmeId: string): Promise<SettlementModel | null> {
    const [row]: Array<{ settlement_model: SettlementModel }> = await manager.query(`SELECT settlement_model FROM programme WHERE id = $1`, [programmeId]);
    return row?.settlement_model ?? null;
  }

  /** The orders of which a fact of this type was applied. */
  async appliedOrderIds(manager: EntityManager, programmeId: string, eventType: string): Promise<string[]> {
    const rows: Array<{ order_id: string }> = await manager.query(`SELECT order_id FROM passes_fact WHERE programme_id = $1 AND event_type = $2 AND status = 'APPLIED'`, [
      programmeId,
      eventType,
    ]);
    return rows.map((r) => r.order_id);
  }

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
        `CASE f.event_type WHEN '${OrderPlacedV1.type}' THEN 0 WHEN '${OrderActivatedV1.type}' THEN 1 WHEN '${StatementPaidV1.type}' THEN 2 WHEN '${StatementPaidV2.type}' THEN 2 ELSE 3 END`,
      )
      .addOrderBy('f.occurred_on')
      .addOrderBy('f.received_at')
      .getMany();
  }

  /** Per event type: how many facts the passes service sent, their total, and the fees and recoveries within it. */
  async passesTotals(programmeId: string): Promise<Map<string, PassesTotals>> {
    const rows: Array<{ event_type: string; events: number; amount: string; fee: string; recovered: string }> = await this.dataSource.query(
      `SELECT event_type, count(*)::int AS events, sum(amount_cents)::text AS amount,
              COALESCE(sum((payload->>'feeCents')::bigint), 0)::text AS fee,
              COALESCE(sum((payload->>'recoveredCents')::bigint), 0)::text AS recovered
         FROM passes_fact WHERE programme_id = $1 GROUP BY event_type`,
      [programmeId],
    );
    return new Map(
      rows.map((r) => [r.event_type, { eventCount: r.events, amountCents: Number(r.amount), feeCents: Number(r.fee), recoveredCents: Number(r.recovered) }]),
    );
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

  /**
   * How far the passes service's history of a programme has reached funding: when its last money
   * fact arrived, and the orders whose credit note of a given day funding has applied.
   */
  async arrivalOf(programmeId: string, creditNotesOn: string): Promise<{ lastReceivedAt: Date | null; creditedOrderIds: string[] }> {
    const [row]: Array<{ last_received_at: Date | null; credited: string[] | null }> = await this.dataSource.query(
      `SELECT max(received_at) AS last_received_at,
              array_agg(DISTINCT order_id::text) FILTER (WHERE event_type = $2 AND occurred_on = $3 AND status = 'APPLIED') AS credited
         FROM passes_fact WHERE programme_id = $1`,
      [programmeId, CreditNoteIssuedV1.type, creditNotesOn],
    );
    return { lastReceivedAt: row?.last_received_at ?? null, creditedOrderIds: row?.credited ?? [] };
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

  /**
   * A recovery as passes.redemption.recovered.v1 announced it. True the first time only: the same
   * recovery announced again (under another event id) counts its pass out once.
   */
  async recordRecovery(manager: EntityManager, r: PayloadOf<typeof RedemptionRecoveredV1>, day: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO passes_recovery (recovery_id, programme_id, paid_statement_id, amount_cents, recovered_on)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (recovery_id) DO UPDATE SET recovered_on = EXCLUDED.recovered_on WHERE passes_recovery.recovered_on IS NULL
       RETURNING recovery_id`,
      [r.recoveryId, r.programmeId, r.paidStatementId, r.amountCents, day],
    );
    return rows.length > 0;
  }

  /** The recoveries a paid statement took back, whether or not their own announcement has arrived yet. */
  async recordRecoveriesTakenBack(manager: EntityManager, s: PayloadOf<typeof StatementPaidV2>): Promise<void> {
    if (s.recoveries.length === 0) return;
    await manager.query(
      `INSERT INTO passes_recovery (recovery_id, programme_id, paid_statement_id, amount_cents, taken_back_statement_id, taken_back_on)
       SELECT r.recovery_id, $2, r.paid_statement_id, r.amount_cents, $3, $4
         FROM unnest($1::uuid[], $5::uuid[], $6::bigint[]) AS r (recovery_id, paid_statement_id, amount_cents)
       ON CONFLICT (recovery_id) DO UPDATE SET taken_back_statement_id = EXCLUDED.taken_back_statement_id, taken_back_on = EXCLUDED.taken_back_on`,
      [s.recoveries.map((r) => r.recoveryId), s.programmeId, s.statementId, s.paidOn, s.recoveries.map((r) => r.paidStatementId), s.recoveries.map((r) => r.amountCents)],
    );
  }

  /** Recoveries announced and not yet taken back by a paid statement. */
  async outstandingRecoveryCount(programmeId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM passes_recovery WHERE programme_id = $1 AND taken_back_on IS NULL`, [programmeId]);
    return count;
  }

  /**
   * What funding paid for a place's statement (from passes.statement.paid.v1 or v2, spread over
   * the pass orders), with what receipts already took back of each payment, in the order paid.
   */
  async statementPayments(manager: EntityManager, programmeId: string, statementId: string): Promise<StatementPayment[]> {
    const rows: Array<{ id: string; commitment_id: string; amount: string; corrected: string }> = await manager.query(
      `SELECT p.id, p.commitment_id, p.amount_cents::text AS amount,
              COALESCE((SELECT sum(x.amount_cents) FROM receipt x WHERE x.corrected_payment_id = p.id), 0)::text AS corrected
         FROM passes_fact f
         JOIN payment p ON p.source_event_id = f.source_event_id
         JOIN commitment c ON c.id = p.commitment_id
        WHERE f.programme_id = $1 AND f.event_type = ANY($2) AND f.payload->>'statementId' = $3
        ORDER BY p.paid_on, c.committed_on, c.id, p.id`,
      [programmeId, [StatementPaidV1.type, StatementPaidV2.type], statementId],
    );
    return rows.map((r) => ({ id: r.id, commitmentId: r.commitment_id, amountCents: Number(r.amount), correctedCents: Number(r.corrected) }));
  }

  /** One more pass of an order used on a day. Counters commute: no ordering needed. */
  async passUsed(manager: EntityManager, u: UsedPass): Promise<void> {
    await manager.query(
      `INSERT INTO used_pass_day (programme_id, order_id, day, redeemed, face_value_cents) VALUES ($1, $2, $3, 1, $4)
       ON CONFLICT (programme_id, order_id, day)
       DO UPDATE SET redeemed = used_pass_day.redeemed + 1, face_value_cents = used_pass_day.face_value_cents + EXCLUDED.face_value_cents`,
      [u.programmeId, u.orderId, u.day, u.faceValueCents],
    );
  }

  /** One pass of an order used less from a day on. */
  async passUsedLess(manager: EntityManager, u: UsedPass): Promise<void> {
    await manager.query(
      `INSERT INTO used_pass_day (programme_id, order_id, day, cancelled, face_value_cents) VALUES ($1, $2, $3, 1, -$4::bigint)
       ON CONFLICT (programme_id, order_id, day)
       DO UPDATE SET cancelled = used_pass_day.cancelled + 1, face_value_cents = used_pass_day.face_value_cents + EXCLUDED.face_value_cents`,
      [u.programmeId, u.orderId, u.day, u.faceValueCents],
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

export const MONEY_FACT_TYPES = [OrderPlacedV1.type, OrderActivatedV1.type, StatementPaidV1.type, StatementPaidV2.type, CreditNoteIssuedV1.type] as const;
