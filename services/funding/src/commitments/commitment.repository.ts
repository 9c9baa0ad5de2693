// Queries only: reads of commitments, payments and reductions. Writes happen in the service's transactions.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CommitmentEntity, CommitmentReductionEntity, PaymentEntity, type CommitmentKind } from './commitment.entity';
import { CommitmentAuthorisationEntity } from '../programmes/authorisation.entity';

export interface PaymentFilter {
  programmeId?: string;
  commitmentId?: string;
  federEligible?: boolean | null;
  /** Only payments made on or before this day. */
  paidOnOrBefore?: string | null;
  /** Only payments against commitments of this kind. */
  commitmentKind?: CommitmentKind | null;
}

interface Keyset {
  after?: { date: string; id: string };
  limit: number;
}

export interface CommitmentTotals {
  /** As committed, less reductions. */
  committedCents: number;
  /** Paid, less refunds. */
  paidCents: number;
  /** Sum of reductions. */
  reducedCents: number;
}

export class CommitmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<CommitmentEntity[]> {
    return this.dataSource.getRepository(CommitmentEntity).findBy({ id: In([...ids]) });
  }

  /** The authorisation a hand-entered commitment is charged to, to learn its programme. */
  findAuthorisation(id: string): Promise<CommitmentAuthorisationEntity | null> {
    return this.dataSource.getRepository(CommitmentAuthorisationEntity).findOneBy({ id });
  }

  findByOrderId(orderId: string, manager: EntityManager = this.dataSource.manager): Promise<CommitmentEntity | null> {
    return manager.getRepository(CommitmentEntity).findOneBy({ orderId });
  }

  findPaymentById(id: string): Promise<PaymentEntity | null> {
    return this.dataSource.getRepository(PaymentEntity).findOneBy({ id });
  }

  reductionsOf(commitmentIds: readonly string[]): Promise<CommitmentReductionEntity[]> {
    return this.dataSource
      .getRepository(CommitmentReductionEntity)
      .find({ where: { commitmentId: In([...commitmentIds]) }, order: { reducedOn: 'ASC', id: 'ASC' } });
  }

  /** Reductions of a programme up to a day: the refunds that lower a co-funder's base. */
  reductionsOfProgramme(programmeId: string, asOf: string, federEligible: boolean | null): Promise<CommitmentReductionEntity[]> {
    const qb = this.dataSource
      .getRepository(CommitmentReductionEntity)
      .createQueryBuilder('r')
      .where('r.programme_id = :programmeId', { programmeId })
      .andWhere('r.reduced_on <= :asOf', { asOf })
      .orderBy('r.reducedOn', 'ASC')
      .addOrderBy('r.id', 'ASC');
    if (federEligible !== null) qb.andWhere('r.feder_eligible = :federEligible', { federEligible });
    return qb.getMany();
  }

  /** Net figures per commitment: what remains committed and what remains paid. */
  async figuresOf(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CommitmentTotals>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; committed: string; paid: string; reduced: string }> = await manager.query(
      `SELECT c.id,
              (c.amount_cents - COALESCE(r.reduced, 0))::text AS committed,
              (COALESCE(p.paid, 0) - COALESCE(r.refunded, 0))::text AS paid,
              COALESCE(r.reduced, 0)::text AS reduced
         FROM commitment c
         LEFT JOIN (SELECT commitment_id, sum(amount_cents) AS paid FROM payment WHERE commitment_id = ANY($1) GROUP BY commitment_id) p ON p.commitment_id = c.id
         LEFT JOIN (SELECT commitment_id, sum(amount_cents) AS reduced, sum(refunded_cents) AS refunded
                      FROM commitment_reduction WHERE commitment_id = ANY($1) GROUP BY commitment_id) r ON r.commitment_id = c.id
        WHERE c.id = ANY($1)`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, { committedCents: Number(r.committed), paidCents: Number(r.paid), reducedCents: Number(r.reduced) }]));
  }

  /** Commitments of a programme by date then id, so that pages stay stable while commitments are added. */
  async commitmentsPage(programmeId: string, query: Keyset & { kind: CommitmentKind | null }): Promise<{ rows: CommitmentEntity[]; totalCount: number }> {
    const base = () => {
      const qb = this.dataSource.getRepository(CommitmentEntity).createQueryBuilder('c').where('c.programme_id = :programmeId', { programmeId });
      if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
      return qb;
    };
    const rows = base().orderBy('c.committedOn', 'ASC').addOrderBy('c.id', 'ASC').limit(query.limit);
    if (query.after) rows.andWhere('(c.committed_on, c.id) > (:date, :id)', query.after);
    const [page, totalCount] = await Promise.all([rows.getMany(), base().getCount()]);
    return { rows: page, totalCount };
  }

  async paymentsPage(filter: PaymentFilter, query: Keyset): Promise<{ rows: PaymentEntity[]; totalCount: number }> {
    const rows = this.filteredPayments(filter).orderBy('p.paidOn', 'ASC').addOrderBy('p.id', 'ASC').limit(query.limit);
    if (query.after) rows.andWhere('(p.paid_on, p.id) > (:date, :id)', query.after);
    const [page, totalCount] = await Promise.all([rows.getMany(), this.filteredPayments(filter).getCount()]);
    return { rows: page, totalCount };
  }

  /** Every payment matching the filter, oldest first: for CSV exports, which are whole by nature. */
  allPayments(filter: PaymentFilter): Promise<PaymentEntity[]> {
    return this.filteredPayments(filter).orderBy('p.paidOn', 'ASC').addOrderBy('p.id', 'ASC').getMany();
  }

  private filteredPayments(filter: PaymentFilter) {
    const qb = this.dataSource.getRepository(PaymentEntity).createQueryBuilder('p').where('true');
    if (filter.programmeId) qb.andWhere('p.programme_id = :programmeId', { programmeId: filter.programmeId });
    if (filter.commitmentId) qb.andWhere('p.commitment_id = :commitmentId', { commitmentId: filter.commitmentId });
    if (filter.federEligible !== null && filter.federEligible !== undefined) qb.andWhere('p.feder_eligible = :federEligible', { federEligible: filter.federEligible });
    if (filter.paidOnOrBefore) qb.andWhere('p.paid_on <= :asOf', { asOf: filter.paidOnOrBefore });
    if (filter.commitmentKind) qb.andWhere('p.commitment_id IN (SELECT c.id FROM commitment c WHERE c.kind = :kind)', { kind: filter.commitmentKind });
    return qb;
  }
}
