// Every statement on co-funders, what they were claimed and paid, and the locks a plan change takes.
// The service's rules decide what is written; the reads and writes of a transaction take its manager.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CoFunderClaimEntity, CoFunderEntity, CoFunderFinalReportEntity, CoFunderReceiptEntity, FundingPlanVersionEntity } from './co-funder.entity';

export class FundingPlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks the programme's row FOR UPDATE; whether the programme exists. */
  async lockProgrammeRow(manager: EntityManager, programmeId: string): Promise<boolean> {
    const locked: unknown[] = await manager.query(`SELECT id FROM programme WHERE id = $1 FOR UPDATE`, [programmeId]);
    return locked.length > 0;
  }

  lockCoFundersOf(manager: EntityManager, programmeId: string): Promise<CoFunderEntity[]> {
    return manager.getRepository(CoFunderEntity).find({ where: { programmeId }, lock: { mode: 'pessimistic_write' } });
  }

  lockCoFunder(manager: EntityManager, coFunderId: string): Promise<CoFunderEntity | null> {
    return manager.getRepository(CoFunderEntity).findOne({ where: { id: coFunderId }, lock: { mode: 'pessimistic_write' } });
  }

  finalReportOf(manager: EntityManager, coFunderId: string): Promise<CoFunderFinalReportEntity | null> {
    return manager.getRepository(CoFunderFinalReportEntity).findOneBy({ coFunderId });
  }

  coFundersOf(programmeIds: readonly string[]): Promise<CoFunderEntity[]> {
    return this.dataSource.getRepository(CoFunderEntity).find({ where: { programmeId: In([...programmeIds]) }, order: { position: 'ASC' } });
  }

  coFundersByIds(ids: readonly string[]): Promise<CoFunderEntity[]> {
    return this.dataSource.getRepository(CoFunderEntity).findBy({ id: In([...ids]) });
  }

  receiptsOf(coFunderIds: readonly string[]): Promise<CoFunderReceiptEntity[]> {
    return this.dataSource
      .getRepository(CoFunderReceiptEntity)
      .find({ where: { coFunderId: In([...coFunderIds]) }, order: { receivedOn: 'ASC', id: 'ASC' } });
  }

  /** What each co-funder of a programme had paid by a date. */
  async receivedBy(programmeId: string, asOf: string): Promise<Map<string, number>> {
    const rows: Array<{ co_funder_id: string; received: string }> = await this.dataSource.query(
      `SELECT r.co_funder_id, sum(r.amount_cents)::text AS received
         FROM co_funder_receipt r JOIN co_funder c ON c.id = r.co_funder_id
        WHERE c.programme_id = $1 AND r.received_on <= $2
        GROUP BY r.co_funder_id`,
      [programmeId, asOf],
    );
    return new Map(rows.map((r) => [r.co_funder_id, Number(r.received)]));
  }

  claimsOf(coFunderIds: readonly string[]): Promise<CoFunderClaimEntity[]> {
    return this.dataSource
      .getRepository(CoFunderClaimEntity)
      .find({ where: { coFunderId: In([...coFunderIds]) }, order: { submittedOn: 'ASC', id: 'ASC' } });
  }

  finalReportsOf(coFunderIds: readonly string[]): Promise<CoFunderFinalReportEntity[]> {
    return this.dataSource.getRepository(CoFunderFinalReportEntity).findBy({ coFunderId: In([...coFunderIds]) });
  }

  planVersionsOf(programmeIds: readonly string[]): Promise<FundingPlanVersionEntity[]> {
    return this.dataSource.getRepository(FundingPlanVersionEntity).find({ where: { programmeId: In([...programmeIds]) }, order: { version: 'ASC' } });
  }

  /** What was requested from each co-funder of a programme (submitted claims) by a date. */
  async claimedBy(programmeId: string, asOf: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const rows: Array<{ co_funder_id: string; claimed: string }> = await manager.query(
      `SELECT co_funder_id, sum(amount_cents)::text AS claimed FROM co_funder_claim WHERE programme_id = $1 AND submitted_on <= $2 GROUP BY co_funder_id`,
      [programmeId, asOf],
    );
    return new Map(rows.map((r) => [r.co_funder_id, Number(r.claimed)]));
  }

  /** What was requested from a co-funder in all, whatever the day. */
  async claimedInAll(manager: EntityManager, coFunderId: string): Promise<number> {
    const [{ claimed }] = await manager.query(`SELECT COALESCE(sum(amount_cents), 0)::text AS claimed FROM co_funder_claim WHERE co_funder_id = $1`, [coFunderId]);
    return Number(claimed);
  }

  /** What co-funders received in all (any date): the plan may not drop a co-funder below it. */
  async receivedByCoFunder(manager: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ co_funder_id: string; received: string }> = await manager.query(
      `SELECT co_funder_id, sum(amount_cents)::text AS received FROM co_funder_receipt WHERE co_funder_id = ANY($1) GROUP BY co_funder_id`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.co_funder_id, Number(r.received)]));
  }

  /** Co-funders among these that were claimed from or filed a final report: they stay in the plan. */
  async withClaims(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT co_funder_id AS id FROM co_funder_claim WHERE co_funder_id = ANY($1)
       UNION SELECT co_funder_id FROM co_funder_final_report WHERE co_funder_id = ANY($1)`,
      [[...ids]],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The total authorised of a programme, as the caller's transaction sees it. */
  async authorisedTotal(manager: EntityManager, programmeId: string): Promise<number> {
    const [{ authorised }] = await manager.query(`SELECT COALESCE(sum(amount_cents), 0)::text AS authorised FROM commitment_authorisation WHERE programme_id = $1`, [programmeId]);
    return Number(authorised);
  }

  async plannedTotal(manager: EntityManager, programmeId: string): Promise<number> {
    const [{ planned }] = await manager.query(`SELECT COALESCE(sum(planned_cents), 0)::text AS planned FROM co_funder WHERE programme_id = $1`, [programmeId]);
    return Number(planned);
  }

  async nextPlanVersion(manager: EntityManager, programmeId: string): Promise<number> {
    const [{ next }] = await manager.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM funding_plan_version WHERE programme_id = $1`, [programmeId]);
    return Number(next);
  }

  async deleteCoFunders(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.delete(CoFunderEntity, ids);
  }

  /** The "rest" changes hands last: the partial unique index allows one REMAINDER row at any moment. */
  async saveCoFunders(manager: EntityManager, rows: CoFunderEntity[]): Promise<void> {
    for (const row of rows.filter((r) => r.rule !== 'REMAINDER')) await manager.save(row);
    for (const row of rows.filter((r) => r.rule === 'REMAINDER')) await manager.save(row);
  }

  async savePlanVersion(manager: EntityManager, version: FundingPlanVersionEntity): Promise<void> {
    await manager.save(version);
  }

  async saveFinalReport(manager: EntityManager, report: CoFunderFinalReportEntity): Promise<void> {
    await manager.save(report);
  }

  async saveReceipt(manager: EntityManager, receipt: CoFunderReceiptEntity): Promise<void> {
    await manager.save(receipt);
  }

  async saveClaim(manager: EntityManager, claim: CoFunderClaimEntity): Promise<void> {
    await manager.save(claim);
  }
}
