// Queries only: recoveries of redemptions found invalid after their statement was paid, and the
// statements that take them back.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { RedemptionRecoveryEntity } from './redemption-recovery.entity';
import { RedemptionEntity } from './redemption.entity';

/** A recovery as a statement's justification shows it. */
export interface RecoveryLine {
  recoveryId: string;
  redemptionId: string;
  passNumber: string;
  redeemedAt: Date;
  faceValueCents: number;
  amountCents: number;
  reason: string;
  paidStatementId: string;
}

export class RedemptionRecoveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, recovery: RedemptionRecoveryEntity): Promise<void> {
    await manager.insert(RedemptionRecoveryEntity, recovery);
  }

  /**
   * The place's outstanding recoveries for the programme, oldest first, taken back on each new
   * statement as long as what it pays stays at or above zero (whole recoveries only: the rest
   * waits for the next statement). The statements' recovered and paid amounts follow.
   */
  async takeBackOn(manager: EntityManager, statementIds: readonly string[]): Promise<void> {
    if (statementIds.length === 0) return;
    await manager.query(
      `WITH candidates AS (
         SELECT c.id, s.id AS statement_id, s.gross_amount_cents,
                sum(c.amount_cents) OVER (PARTITION BY s.id ORDER BY c.recovered_at, c.id) AS running
           FROM redemption_recovery c JOIN statement s ON s.programme_id = c.programme_id AND s.place_id = c.place_id
          WHERE s.id = ANY($1::uuid[]) AND c.statement_id IS NULL),
       taken AS (
         UPDATE redemption_recovery c SET statement_id = k.statement_id FROM candidates k
          WHERE c.id = k.id AND c.statement_id IS NULL AND k.running <= k.gross_amount_cents
          RETURNING c.statement_id, c.amount_cents)
       UPDATE statement s SET recovered_cents = t.total, amount_cents = s.gross_amount_cents - t.total
         FROM (SELECT statement_id, sum(amount_cents) AS total FROM taken GROUP BY statement_id) t
        WHERE s.id = t.statement_id`,
      [statementIds],
    );
  }

  /** What a statement takes back, oldest first. */
  ofStatement(statementId: string, manager: EntityManager = this.dataSource.manager): Promise<RedemptionRecoveryEntity[]> {
    return manager.getRepository(RedemptionRecoveryEntity).find({ where: { statementId }, order: { recoveredAt: 'ASC', id: 'ASC' } });
  }

  /** The recoveries a statement takes back, with the redemptions they correct, oldest first. */
  async linesOf(statementId: string, manager: EntityManager = this.dataSource.manager): Promise<RecoveryLine[]> {
    const rows: Array<{ id: string; redemption_id: string; pass_number: string; redeemed_at: Date; face_value_cents: string; amount_cents: string; reason: string; paid_statement_id: string }> =
      await manager.query(
        `SELECT c.id, c.redemption_id, r.pass_number::text, r.redeemed_at, r.face_value_cents::text, c.amount_cents::text, c.reason, c.paid_statement_id
           FROM redemption_recovery c JOIN redemption r ON r.id = c.redemption_id
          WHERE c.statement_id = $1 ORDER BY c.recovered_at, c.id`,
        [statementId],
      );
    return rows.map((r) => ({
      recoveryId: r.id,
      redemptionId: r.redemption_id,
      passNumber: r.pass_number,
      redeemedAt: new Date(r.redeemed_at),
      faceValueCents: Number(r.face_value_cents),
      amountCents: Number(r.amount_cents),
      reason: r.reason,
      paidStatementId: r.paid_statement_id,
    }));
  }

  byRedemptionIds(redemptionIds: readonly string[]): Promise<RedemptionRecoveryEntity[]> {
    return this.dataSource.getRepository(RedemptionRecoveryEntity).findBy({ redemptionId: In([...redemptionIds]) });
  }

  redemptionsByIds(ids: readonly string[]): Promise<RedemptionEntity[]> {
    return this.dataSource.getRepository(RedemptionEntity).findBy({ id: In([...ids]) });
  }

}
