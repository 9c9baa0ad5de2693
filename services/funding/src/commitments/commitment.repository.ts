// Every statement on commitments, payments, reductions and receipts. The service's rules decide what
// is written; the reads and writes of a transaction take its manager.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CommitmentEntity, CommitmentReductionEntity, PaymentEntity, ReceiptEntity, type CommitmentKind } from './commitment.entity';
import { CommitmentAuthorisationEntity, type BudgetImputationRecord } from '../programmes/authorisation.entity';

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
  /** Payment orders, less receipts. */
  paidCents: number;
  /** Payment orders. */
  paymentsCents: number;
  /** Receipts. */
  receiptsCents: number;
  /** Sum of reductions. */
  reducedCents: number;
}

export interface ReceiptFilter {
  programmeId: string;
  /** Only receipts issued on or before this day. */
  issuedOnOrBefore?: string | null;
  federEligible?: boolean | null;
}

/** What an authorisation has left to commit, as a commitment reads it under lock. */
export interface AuthorisationRoom {
  id: string;
  authorisedCents: number;
  committedCents: number;
  decidedOn: string;
}

/** One line of the accounting export: a payment order or a receipt order with its imputation. */
export interface AccountingLine {
  entry: 'MANDAT' | 'TITRE';
  budgetYear: number;
  number: string;
  date: string;
  imputation: BudgetImputationRecord;
  commitmentReference: string;
  thirdPartyId: string | null;
  thirdPartyName: string | null;
  reference: string;
  kind: string;
  reason: string | null;
  federEligible: boolean;
  amountCents: number;
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

  receiptsOf(commitmentIds: readonly string[]): Promise<ReceiptEntity[]> {
    return this.dataSource.getRepository(ReceiptEntity).find({ where: { commitmentId: In([...commitmentIds]) }, order: { issuedOn: 'ASC', id: 'ASC' } });
  }

  receiptsOfReductions(reductionIds: readonly string[]): Promise<ReceiptEntity[]> {
    return this.dataSource.getRepository(ReceiptEntity).findBy({ reductionId: In([...reductionIds]) });
  }

  findPaymentsByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<PaymentEntity[]> {
    return manager.getRepository(PaymentEntity).findBy({ id: In([...ids]) });
  }

  reductionsByIds(ids: readonly string[]): Promise<CommitmentReductionEntity[]> {
    return this.dataSource.getRepository(CommitmentReductionEntity).findBy({ id: In([...ids]) });
  }

  /** Every receipt matching the filter, oldest first: the evidence of a claim, whole by nature. */
  allReceipts(filter: ReceiptFilter): Promise<ReceiptEntity[]> {
    return this.filteredReceipts(filter).orderBy('x.issuedOn', 'ASC').addOrderBy('x.id', 'ASC').getMany();
  }

  async receiptsPage(filter: ReceiptFilter, query: Keyset): Promise<{ rows: ReceiptEntity[]; totalCount: number }> {
    const rows = this.filteredReceipts(filter).orderBy('x.issuedOn', 'ASC').addOrderBy('x.id', 'ASC').limit(query.limit);
    if (query.after) rows.andWhere('(x.issued_on, x.id) > (:date, :id)', query.after);
    const [page, totalCount] = await Promise.all([rows.getMany(), this.filteredReceipts(filter).getCount()]);
    return { rows: page, totalCount };
  }

  private filteredReceipts(filter: ReceiptFilter) {
    const qb = this.dataSource.getRepository(ReceiptEntity).createQueryBuilder('x').where('x.programme_id = :programmeId', { programmeId: filter.programmeId });
    if (filter.issuedOnOrBefore) qb.andWhere('x.issued_on <= :asOf', { asOf: filter.issuedOnOrBefore });
    if (filter.federEligible !== null && filter.federEligible !== undefined) qb.andWhere('x.feder_eligible = :federEligible', { federEligible: filter.federEligible });
    return qb;
  }

  /** Net figures per commitment: what remains committed, what was paid and given back. */
  async figuresOf(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CommitmentTotals>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; committed: string; payments: string; receipts: string; reduced: string }> = await manager.query(
      `SELECT c.id,
              (c.amount_cents - COALESCE(r.reduced, 0))::text AS committed,
              COALESCE(p.paid, 0)::text AS payments,
              COALESCE(x.received, 0)::text AS receipts,
              COALESCE(r.reduced, 0)::text AS reduced
         FROM commitment c
         LEFT JOIN (SELECT commitment_id, sum(amount_cents) AS paid FROM payment WHERE commitment_id = ANY($1) GROUP BY commitment_id) p ON p.commitment_id = c.id
         LEFT JOIN (SELECT commitment_id, sum(amount_cents) AS reduced FROM commitment_reduction WHERE commitment_id = ANY($1) GROUP BY commitment_id) r ON r.commitment_id = c.id
         LEFT JOIN (SELECT commitment_id, sum(amount_cents) AS received FROM receipt WHERE commitment_id = ANY($1) GROUP BY commitment_id) x ON x.commitment_id = c.id
        WHERE c.id = ANY($1)`,
      [[...ids]],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          committedCents: Number(r.committed),
          paymentsCents: Number(r.payments),
          receiptsCents: Number(r.receipts),
          paidCents: Number(r.payments) - Number(r.receipts),
          reducedCents: Number(r.reduced),
        },
      ]),
    );
  }

  /** The first payment of a commitment on or before a day: a receipt gives back money already paid. */
  async paidOnOrBefore(manager: EntityManager, commitmentId: string, day: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM payment WHERE commitment_id = $1 AND paid_on <= $2 LIMIT 1`, [commitmentId, day]);
    return rows.length > 0;
  }

  /** Whether the commitment's payments count for FEDER: the default of what comes back on it. */
  async paymentsEligible(manager: EntityManager, commitmentId: string): Promise<boolean> {
    const [{ eligible }] = await manager.query(`SELECT bool_or(feder_eligible) AS eligible FROM payment WHERE commitment_id = $1`, [commitmentId]);
    return eligible === true;
  }

  /** The programme an authorisation belongs to; null when there is no such authorisation. */
  async programmeOfAuthorisation(manager: EntityManager, authorisationId: string): Promise<string | null> {
    const [row]: Array<{ programme_id: string }> = await manager.query(`SELECT programme_id FROM commitment_authorisation WHERE id = $1`, [authorisationId]);
    return row?.programme_id ?? null;
  }

  async authorisationIdsOf(manager: EntityManager, programmeId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM commitment_authorisation WHERE programme_id = $1`, [programmeId]);
    return rows.map((r) => r.id);
  }

  /** The programme's pass-order commitments made on or before a day: those a payment of that day may pay. */
  async passOrderCommitmentIds(manager: EntityManager, programmeId: string, until: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM commitment WHERE programme_id = $1 AND kind = 'PASS_ORDER' AND committed_on <= $2`,
      [programmeId, until],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Locks authorisations for a commitment and reads what each has left: authorised, committed net
   * of reductions, and the day it was decided. One lock order everywhere (budget year, then id), so
   * that two writers never wait on each other in a cycle.
   */
  async lockAuthorisations(manager: EntityManager, ids: string[]): Promise<AuthorisationRoom[]> {
    await manager.query(`SELECT id FROM commitment_authorisation WHERE id = ANY($1) ORDER BY budget_year, id FOR UPDATE`, [ids]);
    const rows: Array<{ id: string; authorised: string; committed: string; decided_on: string }> = await manager.query(
      `SELECT a.id, a.amount_cents::text AS authorised, d.decided_on::text AS decided_on,
              (SELECT COALESCE(sum(c.amount_cents), 0) FROM commitment c WHERE c.authorisation_id = a.id)
            - (SELECT COALESCE(sum(r.amount_cents), 0) FROM commitment_reduction r JOIN commitment c ON c.id = r.commitment_id WHERE c.authorisation_id = a.id)
              AS committed
         FROM commitment_authorisation a JOIN deliberation d ON d.id = a.deliberation_id
        WHERE a.id = ANY($1)
        ORDER BY a.budget_year, a.id`,
      [ids],
    );
    return rows.map((r) => ({ id: r.id, authorisedCents: Number(r.authorised), committedCents: Number(r.committed), decidedOn: r.decided_on }));
  }

  /** Commitments locked for update, oldest first (the order every writer takes them in). */
  lockCommitmentEntities(manager: EntityManager, ids: string[]): Promise<CommitmentEntity[]> {
    return manager
      .getRepository(CommitmentEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids })
      .orderBy('c.committedOn', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** The programme's status, held FOR SHARE until the caller's transaction ends: a closing waits for it, and it for a closing. */
  async holdProgramme(manager: EntityManager, programmeId: string): Promise<{ status: string } | undefined> {
    const [row]: Array<{ status: string }> = await manager.query(`SELECT status FROM programme WHERE id = $1 FOR SHARE`, [programmeId]);
    return row;
  }

  /** Payment orders and receipt orders of a programme, for its accounting export. */
  async accountingLines(programmeId: string, budgetYear: number | null): Promise<AccountingLine[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM (
         SELECT 'MANDAT' AS entry, p.budget_year, p.payment_order_number AS number, p.paid_on::text AS date,
                a.imputation_chapter AS chapter, a.imputation_function AS function, a.imputation_nature AS nature, a.imputation_programme_code AS programme_code,
                a.nomenclature, a.nomenclature_version, c.reference AS commitment_reference,
                p.payee_organisation_id::text AS third_party_id, p.payee_name AS third_party_name, COALESCE(p.invoice_reference, '') AS reference,
                c.kind, NULL AS reason, p.feder_eligible, p.amount_cents::text AS amount
           FROM payment p JOIN commitment c ON c.id = p.commitment_id JOIN commitment_authorisation a ON a.id = c.authorisation_id
          WHERE p.programme_id = $1 AND ($2::int IS NULL OR p.budget_year = $2)
         UNION ALL
         SELECT 'TITRE', x.budget_year, COALESCE(x.title_number, ''), x.issued_on::text,
                a.imputation_chapter, a.imputation_function, a.imputation_nature, a.imputation_programme_code,
                a.nomenclature, a.nomenclature_version, c.reference,
                x.payer_organisation_id::text, x.payer_name, x.reference,
                x.kind, x.reason, x.feder_eligible, x.amount_cents::text
           FROM receipt x JOIN commitment c ON c.id = x.commitment_id JOIN commitment_authorisation a ON a.id = c.authorisation_id
          WHERE x.programme_id = $1 AND ($2::int IS NULL OR x.budget_year = $2)
       ) lines
       ORDER BY budget_year, date, entry, number`,
      [programmeId, budgetYear],
    );
    return rows.map((r) => ({
      entry: r.entry as AccountingLine['entry'],
      budgetYear: r.budget_year as number,
      number: r.number as string,
      date: r.date as string,
      imputation: {
        chapter: r.chapter as string,
        function: r.function as string,
        nature: r.nature as string,
        programmeCode: r.programme_code as string,
        nomenclature: r.nomenclature as string,
        nomenclatureVersion: r.nomenclature_version as string,
      },
      commitmentReference: r.commitment_reference as string,
      thirdPartyId: r.third_party_id as string | null,
      thirdPartyName: r.third_party_name as string | null,
      reference: r.reference as string,
      kind: r.kind as string,
      reason: r.reason as string | null,
      federEligible: r.feder_eligible as boolean,
      amountCents: Number(r.amount),
    }));
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

  async saveCommitment(manager: EntityManager, commitment: CommitmentEntity): Promise<void> {
    await manager.save(commitment);
  }

  async savePayment(manager: EntityManager, payment: PaymentEntity): Promise<void> {
    await manager.save(payment);
  }

  async saveReduction(manager: EntityManager, reduction: CommitmentReductionEntity): Promise<void> {
    await manager.save(reduction);
  }

  async saveReceipt(manager: EntityManager, receipt: ReceiptEntity): Promise<void> {
    await manager.save(receipt);
  }
}
