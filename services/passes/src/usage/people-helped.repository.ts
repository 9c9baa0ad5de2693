// Queries only: the people-helped counters, and the hand-out and order facts a count needs. Every
// method runs in the consumer's transaction it is given.
import type { EntityManager } from 'typeorm';
import { HandOutEntity } from '../hand-outs/hand-out.entity';

export class PeopleHelpedRepository {
  handOut(manager: EntityManager, handOutId: string): Promise<HandOutEntity | null> {
    return manager.getRepository(HandOutEntity).findOneBy({ id: handOutId });
  }

  async feeRateOfOrder(manager: EntityManager, orderId: string): Promise<number> {
    const [order] = await manager.query(`SELECT fee_rate_basis_points FROM pass_order WHERE id = $1`, [orderId]);
    return Number(order.fee_rate_basis_points);
  }

  /** One more person, and the cost of their passes, on every key given (in the order given), in one statement. */
  async count(manager: EntityManager, programmeId: string, keys: ReadonlyArray<{ dimension: string; key: string }>, costCents: number): Promise<void> {
    await manager.query(
      `INSERT INTO people_helped_counter (programme_id, dimension, key, people, passes_cost_cents)
     SELECT $1, d, k, 1, $4::bigint FROM unnest($2::text[], $3::text[]) AS t(d, k)
     ON CONFLICT (programme_id, dimension, key) DO UPDATE SET
       people = people_helped_counter.people + 1,
       passes_cost_cents = people_helped_counter.passes_cost_cents + EXCLUDED.passes_cost_cents`,
      [programmeId, keys.map((k) => k.dimension), keys.map((k) => k.key), costCents],
    );
  }
}
