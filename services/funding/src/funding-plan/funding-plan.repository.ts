// Queries only: reads of co-funders and what they paid. Writes happen in the service's transactions.
import { In, type DataSource } from 'typeorm';
import { CoFunderEntity, CoFunderReceiptEntity } from './co-funder.entity';

export class FundingPlanRepository {
  constructor(private readonly dataSource: DataSource) {}

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
}
