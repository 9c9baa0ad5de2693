// What the person holding a pass is told of its state: in their words (usable, used, expired, not
// yet usable), not the back office's, so that nothing says who handed it out or why it waits.
import type { HolderFacts } from './holder-check.repository';

export type HolderPassState = 'USABLE' | 'USED' | 'EXPIRED' | 'NOT_YET_USABLE';

export function holderStateOf(facts: Pick<HolderFacts, 'status' | 'valid_until' | 'order_status' | 'order_valid_from'>, today: string): HolderPassState {
  if (facts.status === 'REDEEMED') return 'USED';
  if (facts.status === 'EXPIRED' || (facts.valid_until && today > facts.valid_until)) return 'EXPIRED';
  if (facts.status !== 'HANDED_OUT' || facts.order_status !== 'ACTIVATED' || (facts.order_valid_from && today < facts.order_valid_from)) return 'NOT_YET_USABLE';
  return 'USABLE';
}
