// Queries only: what a pass's holder may learn of it.
import type { EntityManager } from 'typeorm';

/** A pass's state and its order's terms, with nothing about who holds it. */
export interface HolderFacts {
  status: string;
  valid_until: string | null;
  programme_id: string;
  order_status: string;
  order_valid_from: string | null;
  perimeter_level: string;
  perimeter_code: string;
  face_value_cents: string;
}

export class HolderCheckRepository {
  /** Undefined for a number that was never issued. */
  async passFacts(manager: EntityManager, passNumber: string): Promise<HolderFacts | undefined> {
    const [facts]: HolderFacts[] = await manager.query(
      `SELECT p.status, to_char(p.valid_until, 'YYYY-MM-DD') AS valid_until, o.programme_id, o.status AS order_status,
              to_char(o.valid_from, 'YYYY-MM-DD') AS order_valid_from, o.perimeter_level, o.perimeter_code, o.pass_face_value_cents::text AS face_value_cents
         FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE p.number = $1`,
      [passNumber],
    );
    return facts;
  }
}
