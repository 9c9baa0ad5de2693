// Queries only: the serial counters and the bulk insert of an order's booklets and passes,
// computed inside PostgreSQL (pass-generation.ts says how). Every method runs in the transaction
// it is given.
import type { EntityManager } from 'typeorm';
import { luhnSumSql } from './pass-numbers';

/** An order's booklets and passes to issue, from the serials reserved for them. */
export interface IssueRange {
  orderId: string;
  programmeId: string;
  bookletCount: number;
  bookletSize: number;
  firstPassSerial: number;
  firstBookletSerial: number;
}

export class PassIssueRepository {
  /**
   * Reserves `count` consecutive serials of a kind, the first on a multiple of `align`; returns the
   * first. Concurrent orders queue on the counter row only until their transaction ends.
   */
  async reserveSerials(manager: EntityManager, kind: 'pass' | 'booklet', count: number, align: number): Promise<number> {
    // UPDATE … RETURNING comes back from TypeORM as [rows, affected].
    const [rows] = await manager.query(
      `UPDATE serial_counter SET next_serial = ((next_serial + $3 - 1) / $3) * $3 + $2
      WHERE kind = $1 RETURNING (next_serial - $2)::text AS first`,
      [kind, count, align],
    );
    return Number(rows[0].first);
  }

  async insertBooklets(manager: EntityManager, range: IssueRange): Promise<void> {
    await manager.query(
      `INSERT INTO booklet (id, number, order_id, programme_id, size, first_pass_serial)
     SELECT gen_random_uuid(), luhn_number($1::bigint + i), $2::uuid, $3::uuid, $4::smallint, $5::bigint + i * $4::int
       FROM generate_series(0, $6::int - 1) AS i`,
      [range.firstBookletSerial, range.orderId, range.programmeId, range.bookletSize, range.firstPassSerial, range.bookletCount],
    );
  }

  /** The passes of the order's booklets, in ascending number order. */
  async insertPasses(manager: EntityManager, range: Pick<IssueRange, 'orderId' | 'bookletSize'>): Promise<void> {
    // d = the pass serial's last digit; its Luhn share is doubled (position 0): 2d − 9·(d/5).
    await manager.query(
      `INSERT INTO pass (number, booklet_id, order_id)
     SELECT (b.first_pass_serial + j) * 10 + (10 - ((2 * (b.last_digit + j) - 9 * ((b.last_digit + j) / 5)) + b.upper_sum) % 10) % 10,
            b.id, $1::uuid
       FROM (SELECT id, first_pass_serial, (first_pass_serial % 10)::int AS last_digit,
                    ${luhnSumSql('first_pass_serial', 1)}::int AS upper_sum
               FROM booklet WHERE order_id = $1::uuid ORDER BY number) AS b
      CROSS JOIN generate_series(0, $2::int - 1) AS j`,
      [range.orderId, range.bookletSize],
    );
  }
}
