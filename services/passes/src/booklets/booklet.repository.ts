// Queries only: booklets and their passes as they move from stock to distributors, to
// beneficiaries and to places. Every method runs in the transaction it is given; the locking ones
// hold their rows until it ends.
import type { EntityManager } from 'typeorm';
import { BookletEntity } from './booklet.entity';
import { PassOrderEntity } from '../orders/order.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import type { AlongsideStatement } from '../funnel/funnel-counter.repository';
import { listingCondition } from '../database/listing-condition';
import type { Listing } from '../tenancy';

/** The booklet a pass belongs to, with what the tenancy rules need of it. */
export interface PassBooklet {
  booklet_id: string;
  programmeId: string;
  distributorOrganisationId: string | null;
}

/** The pass a distributor hands out next in a programme, and how many it still holds there. */
export interface NextPassRow {
  programmeId: string;
  programmeName: string;
  bookletId: string;
  passNumber: string;
  availableCount: number;
}

export class BookletRepository {
  /**
   * For each programme still handing out (not ended on `today`, accounts not closed), the
   * distributor's lowest-numbered pass not handed out yet among the booklets the listing shows,
   * with the count of such passes; by programme name.
   */
  async nextPassesOf(manager: EntityManager, distributorOrganisationId: string, shown: Listing, today: string): Promise<NextPassRow[]> {
    const { sql, params } = listingCondition(shown, { programme: 'b.programme_id', organisation: 'b.distributor_organisation_id' });
    const rows: Array<Omit<NextPassRow, 'availableCount'> & { availableCount: string }> = await manager
      .createQueryBuilder()
      .select('b.programme_id', 'programmeId')
      .addSelect('pr.name', 'programmeName')
      .addSelect('b.id', 'bookletId')
      .addSelect('p.number::text', 'passNumber')
      .addSelect('count(*) OVER (PARTITION BY b.programme_id)', 'availableCount')
      .distinctOn(['b.programme_id'])
      .from('booklet', 'b')
      // A booklet's passes are a range of numbers, read through the pass's primary key.
      .innerJoin('pass', 'p', "p.number BETWEEN b.first_pass_serial * 10 AND (b.first_pass_serial + b.size) * 10 - 1 AND p.status = 'ISSUED'")
      .innerJoin('programme', 'pr', 'pr.id = b.programme_id AND pr.closed_on IS NULL AND pr.ends_on >= :today', { today })
      .where('b.distributor_organisation_id = :distributor', { distributor: distributorOrganisationId })
      .andWhere('b.handed_out_count < b.size')
      .andWhere(sql, params)
      .orderBy('b.programme_id')
      .addOrderBy('p.number')
      .getRawMany();
    return rows.map((r) => ({ ...r, availableCount: Number(r.availableCount) })).sort((a, b) => a.programmeName.localeCompare(b.programmeName, 'fr'));
  }

  /** The programmes the named booklets belong to. */
  async programmesOf(manager: EntityManager, bookletIds: readonly string[]): Promise<string[]> {
    const programmes: Array<{ programme_id: string }> = await manager.query(`SELECT DISTINCT programme_id FROM booklet WHERE id = ANY($1::uuid[])`, [bookletIds]);
    return programmes.map((b) => b.programme_id);
  }

  /** Locks the named booklets, in number order; returns the ids of those that exist. */
  async lockByIds(manager: EntityManager, bookletIds: readonly string[]): Promise<Array<{ id: string }>> {
    return manager.query(`SELECT id FROM booklet WHERE id = ANY($1::uuid[]) ORDER BY number FOR UPDATE`, [bookletIds]);
  }

  /** Locks up to `count` of an order's booklets in stock, the lowest numbers first, skipping those another transaction holds. */
  async lockInStock(manager: EntityManager, orderId: string, count: number): Promise<Array<{ id: string }>> {
    return manager.query(`SELECT id FROM booklet WHERE order_id = $1 AND distributor_organisation_id IS NULL ORDER BY number LIMIT $2 FOR UPDATE SKIP LOCKED`, [orderId, count]);
  }

  findByIds(manager: EntityManager, ids: ReadonlyArray<{ id: string }>): Promise<BookletEntity[]> {
    return manager.getRepository(BookletEntity).findBy(ids.map((b) => ({ id: b.id })));
  }

  findById(manager: EntityManager, id: string | undefined): Promise<BookletEntity | null> {
    return manager.getRepository(BookletEntity).findOneBy({ id });
  }

  /** The booklet, locked: its row lock orders concurrent hand-outs from it. */
  lockById(manager: EntityManager, id: string | undefined): Promise<BookletEntity> {
    return manager.getRepository(BookletEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The named booklets, locked, in number order. */
  lockForReturn(manager: EntityManager, ids: readonly string[]): Promise<BookletEntity[]> {
    return manager.getRepository(BookletEntity).find({ where: ids.map((id) => ({ id })), order: { number: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** The order a booklet was printed for; an order that may be missing (named by a caller) with `findOrder`. */
  orderOf(manager: EntityManager, orderId: string): Promise<PassOrderEntity> {
    return manager.getRepository(PassOrderEntity).findOneByOrFail({ id: orderId });
  }

  findOrder(manager: EntityManager, orderId: string): Promise<PassOrderEntity | null> {
    return manager.getRepository(PassOrderEntity).findOneBy({ id: orderId });
  }

  programmeOf(manager: EntityManager, programmeId: string): Promise<ProgrammeEntity> {
    return manager.getRepository(ProgrammeEntity).findOneByOrFail({ id: programmeId });
  }

  async allocate(manager: EntityManager, bookletIds: readonly string[], distributorOrganisationId: string, agreementId: string, allocatedAt: Date): Promise<void> {
    await manager.query(`UPDATE booklet SET distributor_organisation_id = $2, agreement_id = $3, allocated_at = $4 WHERE id = ANY($1::uuid[])`, [
      bookletIds,
      distributorOrganisationId,
      agreementId,
      allocatedAt,
    ]);
  }

  async backToStock(manager: EntityManager, bookletId: string): Promise<void> {
    await manager.query(`UPDATE booklet SET distributor_organisation_id = NULL, agreement_id = NULL, allocated_at = NULL WHERE id = $1`, [bookletId]);
  }

  /** The booklet of a pass, with its programme and distributor; undefined for a number that is not a pass. */
  async bookletOfPass(manager: EntityManager, passNumber: string): Promise<PassBooklet | undefined> {
    const [pass] = await manager.query(
      `SELECT p.booklet_id, b.programme_id AS "programmeId", b.distributor_organisation_id AS "distributorOrganisationId" FROM pass p JOIN booklet b ON b.id = p.booklet_id WHERE p.number = $1`,
      [passNumber],
    );
    return pass;
  }

  /** Hands out the booklet's passes still ISSUED (or only the one named); returns the numbers handed out. */
  async handOutPasses(
    manager: EntityManager,
    handOut: { id: string; validUntil: string },
    booklet: Pick<BookletEntity, 'firstPassSerial' | 'size'>,
    passNumber: string | null,
  ): Promise<Array<{ number: string }>> {
    const [handed]: [Array<{ number: string }>, number] = await manager.query(
      `UPDATE pass SET status = 'HANDED_OUT', hand_out_id = $1, valid_until = $2
          WHERE number BETWEEN $3::bigint * 10 AND ($3::bigint + $4) * 10 - 1 AND status = 'ISSUED' AND ($5::bigint IS NULL OR number = $5::bigint)
          RETURNING number::text`,
      [handOut.id, handOut.validUntil, booklet.firstPassSerial, booklet.size, passNumber],
    );
    return handed;
  }

  async countHandedOut(manager: EntityManager, bookletId: string, passes: number): Promise<void> {
    await manager.query(`UPDATE booklet SET handed_out_count = handed_out_count + $2 WHERE id = $1`, [bookletId, passes]);
  }

  /** One more pass of the booklet redeemed, as a statement to run along with another. */
  countRedeemed(bookletId: string): AlongsideStatement {
    return { sql: `UPDATE booklet SET redeemed_count = redeemed_count + 1 WHERE id = $1`, params: [bookletId] };
  }

  /** A redeemed pass back in its beneficiary's hands (its redemption corrected); returns its booklet's id. */
  async giveBackRedeemedPass(manager: EntityManager, passNumber: number, redemptionId: string): Promise<string> {
    const [passes] = await manager.query(`UPDATE pass SET status = 'HANDED_OUT', redemption_id = NULL WHERE number = $1 AND redemption_id = $2 RETURNING booklet_id`, [
      passNumber,
      redemptionId,
    ]);
    return passes[0].booklet_id;
  }

  async uncountRedeemed(manager: EntityManager, bookletId: string): Promise<void> {
    await manager.query(`UPDATE booklet SET redeemed_count = redeemed_count - 1 WHERE id = $1`, [bookletId]);
  }
}
