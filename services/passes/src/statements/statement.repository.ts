// Queries only: statements and credit notes.
import type { DataSource } from 'typeorm';
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

export class StatementRepository {
  constructor(private readonly dataSource: DataSource) {}

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
