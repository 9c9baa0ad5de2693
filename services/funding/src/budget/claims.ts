// What each co-funder owes now, from what actually happened (documented the same way in the SDL's
// CoFunderClaim):
//   USED_PASSES_SHARE   base = purchase of the passes actually used: their face value plus the
//                       share of their order's fee (fee × used face value / order face value)
//   ELIGIBLE_PAID_RATE  base = FEDER-eligible payments, net of eligible refunds
//   REMAINDER           base = all payments, net of refunds
// A co-funder with a rate is entitled to min(planned, rate × base), and co-funders with a rate
// never together claim more than was paid (they are served in plan order). The REMAINDER
// co-funder carries what is left of the payments. owed = max(0, entitlement − received).
import { applyRate, type Cents } from '@pass-numerique/kernel';
import type { CoFundingRule } from '../funding-plan/co-funder.entity';
import type { UsedPassesOfOrder } from '../passes-ledger/passes-ledger.repository';

export interface ClaimCoFunder {
  id: string;
  rule: CoFundingRule;
  rateBasisPoints: number | null;
  plannedCents: number;
  receivedCents: number;
}

export interface ClaimBases {
  usedPassesPurchaseCents: number;
  eligiblePaidCents: number;
  paidCents: number;
}

export interface Claim {
  coFunderId: string;
  baseCents: number;
  entitlementCents: number;
  receivedCents: number;
  owedCents: number;
}

export interface UsedPassesPurchase {
  passesUsed: number;
  faceValueCents: number;
  feeCents: number;
}

/** Face value of the passes used plus their share of their order's fee, rounded half up per order. */
export function purchaseOfUsedPasses(orders: readonly UsedPassesOfOrder[]): UsedPassesPurchase {
  let passesUsed = 0;
  let faceValueCents = 0;
  let feeCents = 0;
  for (const order of orders) {
    passesUsed += order.used;
    faceValueCents += order.usedFaceValueCents;
    if (order.orderFaceValueCents && order.orderFeeCents && order.usedFaceValueCents > 0) {
      const product = 2n * BigInt(order.usedFaceValueCents) * BigInt(order.orderFeeCents);
      feeCents += Number((product + BigInt(order.orderFaceValueCents)) / (2n * BigInt(order.orderFaceValueCents)));
    }
  }
  return { passesUsed, faceValueCents, feeCents };
}

export function baseOf(rule: CoFundingRule, bases: ClaimBases): number {
  switch (rule) {
    case 'USED_PASSES_SHARE':
      return bases.usedPassesPurchaseCents;
    case 'ELIGIBLE_PAID_RATE':
      return bases.eligiblePaidCents;
    case 'REMAINDER':
      return bases.paidCents;
  }
}

export function computeClaims(coFunders: readonly ClaimCoFunder[], bases: ClaimBases): Claim[] {
  const paid = Math.max(0, bases.paidCents);
  let claimedByRates = 0;
  const entitlements = new Map<string, number>();
  for (const coFunder of coFunders) {
    if (coFunder.rule === 'REMAINDER') continue;
    const byRule = applyRate(Math.max(0, baseOf(coFunder.rule, bases)) as Cents, coFunder.rateBasisPoints ?? 0);
    const entitlement = Math.max(0, Math.min(coFunder.plannedCents, byRule, paid - claimedByRates));
    claimedByRates += entitlement;
    entitlements.set(coFunder.id, entitlement);
  }
  return coFunders.map((coFunder) => {
    const entitlementCents = coFunder.rule === 'REMAINDER' ? Math.max(0, paid - claimedByRates) : (entitlements.get(coFunder.id) ?? 0);
    return {
      coFunderId: coFunder.id,
      baseCents: baseOf(coFunder.rule, bases),
      entitlementCents,
      receivedCents: coFunder.receivedCents,
      owedCents: Math.max(0, entitlementCents - coFunder.receivedCents),
    };
  });
}
