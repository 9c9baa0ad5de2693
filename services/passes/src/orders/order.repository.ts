// Queries only: orders, their booklets and passes.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { PassOrderEntity, PrintFileExportEntity } from './order.entity';
import { BookletEntity, PassEntity } from '../booklets/booklet.entity';
import type { Listing } from '../tenancy';
import { listingCondition } from '../database/listing-condition';

/** Which booklets a page holds: an order's, or a distributor's as far as the caller lists them. */
export interface BookletFilter {
  orderId?: string;
  distributorOrganisationId?: string;
  inStockOnly?: boolean;
  listing?: Listing;
}

export class OrderRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<PassOrderEntity[]> {
    return this.dataSource.getRepository(PassOrderEntity).findBy({ id: In([...ids]) });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PassOrderEntity | null> {
    return manager.getRepository(PassOrderEntity).findOneBy({ id });
  }

  async insert(manager: EntityManager, order: PassOrderEntity): Promise<void> {
    await manager.insert(PassOrderEntity, order);
  }

  async markDelivered(manager: EntityManager, id: string, deliveredAt: Date | null): Promise<void> {
    await manager.update(PassOrderEntity, { id }, { status: 'DELIVERED', deliveredAt });
  }

  async markActivated(manager: EntityManager, id: string, activatedAt: Date, paymentOrderNumber: string): Promise<void> {
    await manager.update(PassOrderEntity, { id }, { status: 'ACTIVATED', activatedAt, paymentOrderNumber });
  }

  /** The order, locked until the transaction ends. */
  lockById(id: string, manager: EntityManager): Promise<PassOrderEntity> {
    return manager.getRepository(PassOrderEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Logs the order's print file export; false when it was exported already (the export is handed out once). */
  async logPrintFileExport(manager: EntityManager, orderId: string, exportedAt: Date, exportedBy: string, passCount: number): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO print_file_export (order_id, exported_at, exported_by, pass_count) VALUES ($1, $2, $3, $4)
         ON CONFLICT (order_id) DO NOTHING RETURNING order_id`,
      [orderId, exportedAt, exportedBy, passCount],
    );
    return inserted.length > 0;
  }

  /** Orders of a programme in placement order, keyset-paginated on (placed_at, id). */
  async pageOfProgramme(programmeId: string, limit: number, after?: string): Promise<PassOrderEntity[]> {
    const qb = this.dataSource.getRepository(PassOrderEntity).createQueryBuilder('o').where('o.programme_id = :programmeId', { programmeId });
    if (after) {
      const [placedAt, id] = after.split('|');
      qb.andWhere('(o.placed_at, o.id) > (:placedAt, :id)', { placedAt, id });
    }
    return qb.orderBy('o.placed_at', 'ASC').addOrderBy('o.id', 'ASC').limit(limit).getMany();
  }

  countOfProgramme(programmeId: string): Promise<number> {
    return this.dataSource.getRepository(PassOrderEntity).countBy({ programmeId });
  }

  printFileExports(orderIds: readonly string[]): Promise<PrintFileExportEntity[]> {
    return this.dataSource.getRepository(PrintFileExportEntity).findBy({ orderId: In([...orderIds]) });
  }

  bookletsByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<BookletEntity[]> {
    return manager.getRepository(BookletEntity).findBy({ id: In([...ids]) });
  }

  bookletByNumber(number: number): Promise<BookletEntity | null> {
    return this.dataSource.getRepository(BookletEntity).findOneBy({ number });
  }

  private booklets(filter: BookletFilter) {
    const qb = this.dataSource.getRepository(BookletEntity).createQueryBuilder('b');
    if (filter.orderId) qb.andWhere('b.order_id = :orderId', { orderId: filter.orderId });
    if (filter.distributorOrganisationId) qb.andWhere('b.distributor_organisation_id = :d', { d: filter.distributorOrganisationId });
    if (filter.inStockOnly) qb.andWhere('b.distributor_organisation_id IS NULL');
    if (filter.listing) {
      const { sql, params } = listingCondition(filter.listing, { programme: 'b.programme_id', organisation: 'b.distributor_organisation_id' });
      qb.andWhere(sql, params);
    }
    return qb;
  }

  /** Booklets of an order, or held by a distributor, by number. */
  pageOfBooklets(filter: BookletFilter, limit: number, afterNumber?: number): Promise<BookletEntity[]> {
    const qb = this.booklets(filter);
    if (afterNumber !== undefined) qb.andWhere('b.number > :afterNumber', { afterNumber });
    return qb.orderBy('b.number', 'ASC').limit(limit).getMany();
  }

  countBooklets(filter: BookletFilter): Promise<number> {
    return this.booklets(filter).getCount();
  }

  /** The passes of booklets: each booklet's passes are a range of numbers, read through the primary key. */
  async passesOfBooklets(booklets: readonly BookletEntity[]): Promise<PassEntity[]> {
    if (booklets.length === 0) return [];
    return this.dataSource.query(
      `SELECT p.number::text AS number, p.booklet_id AS "bookletId", p.order_id AS "orderId", p.status, p.hand_out_id AS "handOutId",
              to_char(p.valid_until, 'YYYY-MM-DD') AS "validUntil", p.redemption_id AS "redemptionId",
              to_char(p.expired_on, 'YYYY-MM-DD') AS "expiredOn", p.credit_note_id AS "creditNoteId"
         FROM unnest($1::bigint[], $2::int[]) AS b(first_serial, size)
         JOIN pass p ON p.number BETWEEN b.first_serial * 10 AND (b.first_serial + b.size) * 10 - 1
        ORDER BY p.number`,
      [booklets.map((b) => b.firstPassSerial), booklets.map((b) => b.size)],
    ).then((rows: Array<PassEntity & { number: string }>) => rows.map((r) => ({ ...r, number: Number(r.number) })));
  }

  passByNumber(number: number): Promise<PassEntity | null> {
    return this.dataSource.getRepository(PassEntity).findOneBy({ number });
  }
}
