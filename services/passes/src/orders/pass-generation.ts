// Bulk issue of an order's booklets and passes, computed inside PostgreSQL: the client sends one
// array of booklet ids and two statements; numbers (serial + Luhn digit) come from luhn_number(),
// which the planner inlines. Passes are produced in ascending number order, so the primary-key
// index only ever appends. No secret is written: verification codes are derived from the key.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export interface IssueRange {
  orderId: string;
  programmeId: string;
  bookletCount: number;
  bookletSize: number;
  firstPassSerial: number;
  firstBookletSerial: number;
}

/** Reserves `count` consecutive serials of a kind; returns the first. Serialises concurrent orders on one row, briefly. */
export async function reserveSerials(manager: EntityManager, kind: 'pass' | 'booklet', count: number): Promise<number> {
  // UPDATE … RETURNING comes back from TypeORM as [rows, affected].
  const [rows] = await manager.query(
    `UPDATE serial_counter SET next_serial = next_serial + $2 WHERE kind = $1 RETURNING (next_serial - $2)::text AS first`,
    [kind, count],
  );
  return Number(rows[0].first);
}

export async function issueBookletsAndPasses(manager: EntityManager, range: IssueRange): Promise<void> {
  const ids = Array.from({ length: range.bookletCount }, () => randomUUID());
  await manager.query(
    `INSERT INTO booklet (id, number, order_id, programme_id, size, first_pass_serial)
     SELECT b.id, luhn_number($2::bigint + b.ord - 1), $3::uuid, $4::uuid, $5::smallint, $6::bigint + (b.ord - 1) * $5::int
       FROM unnest($1::uuid[]) WITH ORDINALITY AS b(id, ord)`,
    [ids, range.firstBookletSerial, range.orderId, range.programmeId, range.bookletSize, range.firstPassSerial],
  );
  await manager.query(
    `INSERT INTO pass (number, booklet_id, order_id)
     SELECT luhn_number($2::bigint + (b.ord - 1) * $3::int + j), b.id, $4::uuid
       FROM unnest($1::uuid[]) WITH ORDINALITY AS b(id, ord)
      CROSS JOIN LATERAL generate_series(0, $3::int - 1) AS j`,
    [ids, range.firstPassSerial, range.bookletSize, range.orderId],
  );
}
