// People helped, counted once per hand-out where the funnel counts its passes (the beneficiary's
// commune and the territories above it, their zones, the distributor, their publics), together
// with what those passes cost the programme: face value plus the order's fee on it.
import type { EntityManager } from 'typeorm';
import { applyRate, cents } from '@pass-numerique/kernel';
import { HandOutEntity, handOutDimensionsOf } from '../hand-outs/hand-out.entity';
import { handOutChanges } from '../funnel/funnel-writer';

export interface DistributedPasses {
  handOutId: string;
  faceValueTotalCents: number;
}

/** The cost of the passes of one hand-out: face value + the order's fee on it, rounded half away from zero to the cent. */
export function handOutCostCents(faceValueTotalCents: number, feeRateBasisPoints: number): number {
  return faceValueTotalCents + applyRate(cents(faceValueTotalCents), feeRateBasisPoints);
}

export async function countPeopleHelped(manager: EntityManager, distributed: DistributedPasses): Promise<void> {
  const handOut = await manager.getRepository(HandOutEntity).findOneBy({ id: distributed.handOutId });
  // The event is written in the hand-out's own transaction: the row is always there when it is delivered.
  if (!handOut) throw new Error(`hand-out ${distributed.handOutId} not found`);
  const [order] = await manager.query(`SELECT fee_rate_basis_points FROM pass_order WHERE id = $1`, [handOut.orderId]);
  const cost = handOutCostCents(distributed.faceValueTotalCents, Number(order.fee_rate_basis_points));
  // The funnel's own list of where these passes count: people helped are counted on the same keys.
  const keys = handOutChanges(handOutDimensionsOf(handOut), 'handedOut', 1).sort((a, b) =>
    a.dimension === b.dimension ? (a.key < b.key ? -1 : 1) : a.dimension < b.dimension ? -1 : 1,
  );
  await manager.query(
    `INSERT INTO people_helped_counter (programme_id, dimension, key, people, passes_cost_cents)
     SELECT $1, d, k, 1, $4::bigint FROM unnest($2::text[], $3::text[]) AS t(d, k)
     ON CONFLICT (programme_id, dimension, key) DO UPDATE SET
       people = people_helped_counter.people + 1,
       passes_cost_cents = people_helped_counter.passes_cost_cents + EXCLUDED.passes_cost_cents`,
    [handOut.programmeId, keys.map((k) => k.dimension), keys.map((k) => k.key), cost],
  );
}
