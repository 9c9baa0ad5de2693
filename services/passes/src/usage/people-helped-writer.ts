// People helped, counted once per hand-out where the funnel counts its passes (the beneficiary's
// commune and the territories above it, their zones, the distributor, their publics), together
// with what those passes cost the programme: face value plus the order's fee on it.
import type { EntityManager } from 'typeorm';
import { applyRate, cents } from '@pass-numerique/kernel';
import { handOutDimensionsOf } from '../hand-outs/hand-out.entity';
import { PeopleHelpedRepository } from './people-helped.repository';
import { handOutChanges } from '../funnel/funnel-writer';

export interface DistributedPasses {
  handOutId: string;
  faceValueTotalCents: number;
}

/** The cost of the passes of one hand-out: face value + the order's fee on it, rounded half away from zero to the cent. */
export function handOutCostCents(faceValueTotalCents: number, feeRateBasisPoints: number): number {
  return faceValueTotalCents + applyRate(cents(faceValueTotalCents), feeRateBasisPoints);
}

export class PeopleHelpedWriter {
  private readonly counters = new PeopleHelpedRepository();

  /** One person more, and what their passes cost, wherever the funnel counts this hand-out. */
  async count(manager: EntityManager, distributed: DistributedPasses): Promise<void> {
    const handOut = await this.counters.handOut(manager, distributed.handOutId);
    // The event is written in the hand-out's own transaction: the row is always there when it is delivered.
    if (!handOut) throw new Error(`hand-out ${distributed.handOutId} not found`);
    const cost = handOutCostCents(distributed.faceValueTotalCents, await this.counters.feeRateOfOrder(manager, handOut.orderId));
    // The funnel's own list of where these passes count: people helped are counted on the same keys.
    const keys = handOutChanges(handOutDimensionsOf(handOut), 'handedOut', 1).sort((a, b) =>
      a.dimension === b.dimension ? (a.key < b.key ? -1 : 1) : a.dimension < b.dimension ? -1 : 1,
    );
    await this.counters.count(manager, handOut.programmeId, keys, cost);
  }
}
