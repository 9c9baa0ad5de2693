// Queries only: the expiry job's statements. Each step is a conditional UPDATE on the passes'
// state, so that running it twice changes nothing the second time. Every method runs in the
// transaction (or on the manager) it is given.
import type { EntityManager } from 'typeorm';
import { CreditNoteEntity } from './credit-note.entity';

/** An order's pass range, with what the job needs of it and of its programme. */
export interface OrderRange {
  id: string;
  programme_id: string;
  buyer_organisation_id: string | null;
  first_pass_serial: string;
  pass_count: number;
  pass_face_value_cents: string;
  programme_ends_on: string;
}

/** Passes leaving a state, grouped by where they count in the funnel. */
export interface PassGroup {
  hand_out_id: string | null;
  booklet_id: string;
  distributor_organisation_id: string | null;
  count: number;
}

const ORDER_RANGE = `SELECT o.id, o.programme_id, o.buyer_organisation_id, o.first_pass_serial::text, o.pass_count, o.pass_face_value_cents::text,
         to_char(pr.ends_on, 'YYYY-MM-DD') AS programme_ends_on
    FROM pass_order o JOIN programme pr ON pr.id = o.programme_id`;

export class ExpiryRepository {
  /** The programme's orders with passes whose validity ended before `today`, or never handed out when the programme ended before it. */
  ordersWithPassesToExpire(manager: EntityManager, programmeId: string, today: string): Promise<OrderRange[]> {
    return manager.query(
      `${ORDER_RANGE}
        WHERE o.programme_id = $2
          AND (o.id IN (SELECT DISTINCT order_id FROM pass WHERE status = 'HANDED_OUT' AND valid_until < $1)
               OR (pr.ends_on < $1 AND EXISTS (
                    SELECT 1 FROM pass p WHERE p.number BETWEEN o.first_pass_serial * 10 AND (o.first_pass_serial + o.pass_count) * 10 - 1 AND p.status = 'ISSUED')))
        ORDER BY o.placed_at`,
      [today, programmeId],
    );
  }

  /** The programme's orders with expired passes no credit note covers yet. */
  ordersWithPassesToCredit(manager: EntityManager, programmeId: string): Promise<OrderRange[]> {
    return manager.query(
      `${ORDER_RANGE} WHERE o.programme_id = $1 AND o.id IN (SELECT DISTINCT order_id FROM pass WHERE status = 'EXPIRED' AND credit_note_id IS NULL) ORDER BY o.placed_at`,
      [programmeId],
    );
  }

  /** Expires the order's passes handed out whose validity ended before `today`, from the day after their last valid day. */
  expireAfterValidity(manager: EntityManager, order: OrderRange, today: string): Promise<PassGroup[]> {
    return manager.query(
      `WITH expired AS (
         UPDATE pass SET status = 'EXPIRED', expired_on = valid_until + 1
          WHERE number BETWEEN $1::bigint * 10 AND ($1::bigint + $2) * 10 - 1 AND status = 'HANDED_OUT' AND valid_until < $3
          RETURNING hand_out_id, booklet_id)
       SELECT e.hand_out_id, e.booklet_id, NULL AS distributor_organisation_id, count(*)::int AS count FROM expired e GROUP BY 1, 2`,
      [order.first_pass_serial, order.pass_count, today],
    );
  }

  /** Expires the order's passes never handed out, from the day after the programme's end. */
  expireNeverHandedOut(manager: EntityManager, order: OrderRange): Promise<PassGroup[]> {
    return manager.query(
      `WITH expired AS (
               UPDATE pass SET status = 'EXPIRED', expired_on = $3::date + 1
                WHERE number BETWEEN $1::bigint * 10 AND ($1::bigint + $2) * 10 - 1 AND status = 'ISSUED'
                RETURNING booklet_id)
             SELECT NULL AS hand_out_id, e.booklet_id, b.distributor_organisation_id, count(*)::int AS count
               FROM expired e JOIN booklet b ON b.id = e.booklet_id GROUP BY 2, 3`,
      [order.first_pass_serial, order.pass_count, order.programme_ends_on],
    );
  }

  /** Adds each booklet's newly expired passes to its count, in one statement. */
  async countExpired(manager: EntityManager, byBooklet: ReadonlyMap<string, number>): Promise<void> {
    await manager.query(`UPDATE booklet b SET expired_count = b.expired_count + c.n FROM unnest($1::uuid[], $2::int[]) AS c(id, n) WHERE b.id = c.id`, [
      [...byBooklet.keys()],
      [...byBooklet.values()],
    ]);
  }

  /** Puts the order's expired passes no credit note covers on the credit note `creditNoteId`. */
  creditExpired(manager: EntityManager, order: OrderRange, creditNoteId: string): Promise<PassGroup[]> {
    return manager.query(
      `WITH credited AS (
         UPDATE pass SET credit_note_id = $3
          WHERE number BETWEEN $1::bigint * 10 AND ($1::bigint + $2) * 10 - 1 AND status = 'EXPIRED' AND credit_note_id IS NULL
          RETURNING hand_out_id, booklet_id)
       SELECT c.hand_out_id, c.booklet_id, CASE WHEN c.hand_out_id IS NULL THEN b.distributor_organisation_id END AS distributor_organisation_id, count(*)::int AS count
         FROM credited c JOIN booklet b ON b.id = c.booklet_id GROUP BY 1, 2, 3`,
      [order.first_pass_serial, order.pass_count, creditNoteId],
    );
  }

  async insertCreditNote(manager: EntityManager, note: CreditNoteEntity): Promise<void> {
    await manager.insert(CreditNoteEntity, note);
  }
}
