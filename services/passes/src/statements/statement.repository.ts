// Queries only: statements and credit notes.
import type { DataSource, EntityManager } from 'typeorm';
import { StatementEntity } from './statement.entity';
import { CreditNoteEntity } from '../expiry/credit-note.entity';
import type { Listing } from '../tenancy';
import { listingCondition } from '../database/listing-condition';

export interface StatementFilter {
  month?: string | null;
  placeId?: string | null;
  programmeId?: string | null;
  /** The statements the caller may read: its programmes', and its own organisation's places'. */
  listing: Listing;
}

/** A redemption on a statement, as its justification lists it. */
export interface JustificationLine {
  redemption_id: string;
  pass_number: string;
  redeemed_at: Date;
  face_value_cents: string;
}

/** What a justification's header names: the place and the programme. */
export interface JustificationHeader {
  placeName: string;
  inseeCode: string;
  programmeCode: string;
  programmeName: string;
  /** The programme's perimeter: the territory of the authority that pays. */
  perimeterLevel: string;
  perimeterCode: string;
  /** The statement's rank among its programme's statements of the month (its number's end), compared on the row's own instant: a JavaScript date drops PostgreSQL's microseconds. */
  rank: number;
}

export class StatementRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Creates the programme's statements of a month, one per place with redemptions of the month not
   * yet in a statement (a place that has one for the month keeps it); returns those created.
   */
  createForMonth(manager: EntityManager, programmeId: string, month: string, bounds: { start: Date; end: Date }, generatedAt: Date): Promise<Array<{ id: string; programme_id: string; place_id: string }>> {
    return manager.query(
      `INSERT INTO statement (id, programme_id, place_id, place_organisation_id, month, pass_count, gross_amount_cents, amount_cents, status, generated_at)
         SELECT gen_random_uuid(), programme_id, place_id, (array_agg(place_organisation_id))[1], $3, count(*), sum(face_value_cents), sum(face_value_cents), 'PENDING', $4
           FROM redemption
          WHERE programme_id = $5 AND status = 'REDEEMED' AND statement_id IS NULL AND redeemed_at >= $1 AND redeemed_at < $2
          GROUP BY programme_id, place_id
         ON CONFLICT (programme_id, place_id, month) DO NOTHING
         RETURNING id, programme_id, place_id`,
      [bounds.start, bounds.end, month, generatedAt, programmeId],
    );
  }

  /** Puts the month's redemptions not yet in a statement on the statement of their programme and place. */
  async attachRedemptions(manager: EntityManager, bounds: { start: Date; end: Date }, statements: ReadonlyArray<{ id: string; programme_id: string; place_id: string }>): Promise<void> {
    await manager.query(
      `UPDATE redemption r SET statement_id = s.id
             FROM unnest($3::uuid[], $4::uuid[], $5::uuid[]) AS s(id, programme_id, place_id)
            WHERE r.programme_id = s.programme_id AND r.place_id = s.place_id
              AND r.status = 'REDEEMED' AND r.statement_id IS NULL AND r.redeemed_at >= $1 AND r.redeemed_at < $2`,
      [bounds.start, bounds.end, statements.map((c) => c.id), statements.map((c) => c.programme_id), statements.map((c) => c.place_id)],
    );
  }

  ofMonth(manager: EntityManager, programmeId: string, month: string): Promise<StatementEntity[]> {
    return manager.getRepository(StatementEntity).find({ where: { month, programmeId }, order: { placeId: 'ASC' } });
  }

  findIn(manager: EntityManager, id: string): Promise<StatementEntity | null> {
    return manager.getRepository(StatementEntity).findOneBy({ id });
  }

  /** The statement, locked until the transaction ends. */
  lockById(manager: EntityManager, id: string): Promise<StatementEntity> {
    return manager.getRepository(StatementEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async markApproved(manager: EntityManager, id: string, approvedAt: Date, approvedBy: string): Promise<void> {
    await manager.update(StatementEntity, { id }, { status: 'APPROVED', approvedAt, approvedBy });
  }

  async markPaid(manager: EntityManager, id: string, paidOn: string, paymentReference: string): Promise<void> {
    await manager.update(StatementEntity, { id }, { status: 'PAID', paidOn, paymentReference });
  }

  /** The statement's redemptions, counted by hand-out. */
  redemptionsByHandOut(manager: EntityManager, statementId: string): Promise<Array<{ hand_out_id: string; count: number }>> {
    return manager.query(`SELECT hand_out_id, count(*)::int AS count FROM redemption WHERE statement_id = $1 GROUP BY hand_out_id`, [statementId]);
  }

  async justificationHeader(statement: Pick<StatementEntity, 'id' | 'programmeId' | 'placeId' | 'month'>): Promise<JustificationHeader> {
    const [row] = await this.dataSource.query(
      `SELECT COALESCE(pl.name, '') AS "placeName", COALESCE(pl.insee_code, '') AS "inseeCode", pr.code AS "programmeCode", pr.name AS "programmeName",
              pr.perimeter_level AS "perimeterLevel", pr.perimeter_code AS "perimeterCode",
              (SELECT count(*)::int FROM statement s, statement me
                 WHERE me.id = $4 AND s.programme_id = $1 AND s.month = $3 AND (s.generated_at, s.id) <= (me.generated_at, me.id)) AS rank
         FROM programme pr LEFT JOIN place pl ON pl.id = $2 WHERE pr.id = $1`,
      [statement.programmeId, statement.placeId, statement.month, statement.id],
    );
    return row;
  }

  /** The statement's redemptions in the order they happened. */
  justificationLines(statementId: string): Promise<JustificationLine[]> {
    return this.dataSource.query(
      `SELECT id AS redemption_id, pass_number::text, redeemed_at, face_value_cents::text FROM redemption WHERE statement_id = $1 ORDER BY redeemed_at, pass_number`,
      [statementId],
    );
  }

  private filtered(filter: StatementFilter) {
    const qb = this.dataSource.getRepository(StatementEntity).createQueryBuilder('s');
    if (filter.month) qb.andWhere('s.month = :month', { month: filter.month });
    if (filter.placeId) qb.andWhere('s.place_id = :placeId', { placeId: filter.placeId });
    if (filter.programmeId) qb.andWhere('s.programme_id = :programmeId', { programmeId: filter.programmeId });
    const { sql, params } = listingCondition(filter.listing, { programme: 's.programme_id', organisation: 's.place_organisation_id' });
    return qb.andWhere(sql, params);
  }

  /** Newest month first, then by id; the cursor is "month|id". */
  page(filter: StatementFilter, limit: number, after?: string): Promise<StatementEntity[]> {
    const qb = this.filtered(filter);
    if (after) {
      const [month, id] = after.split('|');
      qb.andWhere('(s.month < :m OR (s.month = :m AND s.id > :id))', { m: month, id });
    }
    return qb.orderBy('s.month', 'DESC').addOrderBy('s.id', 'ASC').limit(limit).getMany();
  }

  count(filter: StatementFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  findById(id: string): Promise<StatementEntity | null> {
    return this.dataSource.getRepository(StatementEntity).findOneBy({ id });
  }

  creditNotes(programmeId: string, limit: number, after?: string): Promise<CreditNoteEntity[]> {
    const qb = this.dataSource.getRepository(CreditNoteEntity).createQueryBuilder('c').where('c.programme_id = :programmeId', { programmeId });
    if (after) {
      const [issuedAt, id] = after.split('|');
      qb.andWhere('(c.issued_at, c.id) > (:issuedAt, :id)', { issuedAt, id });
    }
    return qb.orderBy('c.issued_at', 'ASC').addOrderBy('c.id', 'ASC').limit(limit).getMany();
  }

  countCreditNotes(programmeId: string): Promise<number> {
    return this.dataSource.getRepository(CreditNoteEntity).countBy({ programmeId });
  }
}
