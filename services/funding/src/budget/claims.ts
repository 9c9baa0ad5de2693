// What each co-funder owes now, from what actually happened (documented the same way in the SDL's
// CoFunderClaim and in docs/funding-model.md):
//   FIXED_GRANT         a convention's amount G for an eligible spending base B; spending S = all
//                       payments net of receipts. earned = G × min(S, B) ÷ B (the co-funder's
//                       rounding). Nothing before signature; before the final report,
//                       min(ceiling, max(advance, earned)); from the final report, earned.
//   USED_PASSES_SHARE   base = purchase of the passes actually used: their face value plus the
//                       share of their order's fee (fee × used face value / order face value)
//   ELIGIBLE_PAID_RATE  base = FEDER-eligible payments, net of eligible receipts
//   REMAINDER           base = all payments, net of receipts
// A rate rule is entitled to min(planned, rate × base), its rate applied once to the whole base
// (an exact ratio, rounded by the co-funder's rule), and rate rules never together claim more
// than was paid net (they are served in plan order, after what fixed grants are entitled to).
// The REMAINDER co-funder carries what is left of the payments.
// owed = max(0, entitlement − received); claimableNow = max(0, entitlement − max(received, claimed)).
import { toDecimalString, type Cents } from '@pass-numerique/kernel';
import type { CoFundingRule, RoundingRule } from '../funding-plan/co-funder.entity';
import { applyRatio, percentOf, type Ratio } from '../funding-plan/rates';
import type { UsedPassesOfOrder } from '../passes-ledger/passes-ledger.repository';

export type GrantStage = 'NOT_SIGNED' | 'ADVANCE' | 'INSTALMENTS' | 'BALANCE';

export interface GrantTerms {
  baseCents: number;
  /** The day the convention was signed; null while it is not. */
  signedOn: string | null;
  advanceRateBasisPoints: number;
  instalmentCeilingBasisPoints: number;
  /** The day the final report was filed; null while it is not. */
  finalReportOn: string | null;
}

export interface ClaimCoFunder {
  id: string;
  rule: CoFundingRule;
  ratio: Ratio | null;
  rounding: RoundingRule;
  plannedCents: number;
  receivedCents: number;
  claimedCents: number;
  grant: GrantTerms | null;
}

export interface ClaimBases {
  asOf: string;
  usedPassesPurchaseCents: number;
  eligiblePaidCents: number;
  paidCents: number;
}

export interface GrantFigures {
  stage: GrantStage;
  grantCents: number;
  baseCents: number;
  spentCents: number;
  earnedCents: number;
  advanceCents: number;
  ceilingCents: number;
  signedOn: string | null;
  finalReportOn: string | null;
}

export interface Claim {
  coFunderId: string;
  baseCents: number;
  entitlementCents: number;
  receivedCents: number;
  claimedCents: number;
  owedCents: number;
  claimableNowCents: number;
  toRepayCents: number;
  grant: GrantFigures | null;
  explanation: string;
}

export interface UsedPassesPurchase {
  passesUsed: number;
  faceValueCents: number;
  feeCents: number;
}

const euros = (cents: number) => toDecimalString(cents as Cents);

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
    case 'FIXED_GRANT':
    case 'REMAINDER':
      return bases.paidCents;
  }
}

/** What a fixed grant entitles the programme to as of the day, stage by stage. */
export function grantClaim(grantCents: number, terms: GrantTerms, rounding: RoundingRule, spentCents: number, asOf: string): GrantFigures {
  const spent = Math.max(0, spentCents);
  const earnedCents = applyRatio(Math.min(spent, terms.baseCents), { numerator: grantCents, denominator: terms.baseCents }, rounding);
  const advanceCents = applyRatio(grantCents, { numerator: terms.advanceRateBasisPoints, denominator: 10_000 }, 'DOWN');
  const ceilingCents = applyRatio(grantCents, { numerator: terms.instalmentCeilingBasisPoints, denominator: 10_000 }, 'DOWN');
  const signed = terms.signedOn !== null && terms.signedOn <= asOf;
  const reported = signed && terms.finalReportOn !== null && terms.finalReportOn <= asOf;
  const stage: GrantStage = !signed ? 'NOT_SIGNED' : reported ? 'BALANCE' : earnedCents > advanceCents ? 'INSTALMENTS' : 'ADVANCE';
  return {
    stage,
    grantCents,
    baseCents: terms.baseCents,
    spentCents: spent,
    earnedCents,
    advanceCents,
    ceilingCents,
    signedOn: terms.signedOn,
    finalReportOn: terms.finalReportOn,
  };
}

function grantEntitlement(g: GrantFigures): number {
  switch (g.stage) {
    case 'NOT_SIGNED':
      return 0;
    case 'BALANCE':
      return g.earnedCents;
    default:
      return Math.min(g.ceilingCents, Math.max(g.advanceCents, g.earnedCents));
  }
}

function explainGrant(g: GrantFigures, entitlementCents: number): string {
  const earned = `${euros(g.grantCents)} × min(spent ${euros(g.spentCents)}, base ${euros(g.baseCents)}) ÷ ${euros(g.baseCents)} = ${euros(g.earnedCents)} earned`;
  switch (g.stage) {
    case 'NOT_SIGNED':
      return `The convention is not signed as of this day: nothing is due yet (${earned}).`;
    case 'ADVANCE':
      return `Convention signed on ${g.signedOn}: the advance of ${euros(g.advanceCents)} is due; ${earned}, not more than the advance yet.`;
    case 'INSTALMENTS':
      return `Convention signed on ${g.signedOn}, final report not filed: ${earned}; instalments are due up to the ceiling of ${euros(g.ceilingCents)} before the final report, hence ${euros(entitlementCents)}.`;
    case 'BALANCE':
      return `Final report filed on ${g.finalReportOn}: the grant is what spending earned, ${earned}${g.earnedCents < g.grantCents ? `, reduced pro rata from ${euros(g.grantCents)}` : ', the whole grant'}.`;
  }
}

export function computeClaims(coFunders: readonly ClaimCoFunder[], bases: ClaimBases): Claim[] {
  const paid = Math.max(0, bases.paidCents);
  const grants = new Map<string, GrantFigures>();
  const entitlements = new Map<string, number>();
  const explanations = new Map<string, string>();
  let covered = 0;
  // Fixed grants first: their advance is due at signature, whatever was paid.
  for (const coFunder of coFunders) {
    if (coFunder.rule !== 'FIXED_GRANT' || !coFunder.grant) continue;
    const g = grantClaim(coFunder.plannedCents, coFunder.grant, coFunder.rounding, bases.paidCents, bases.asOf);
    const entitlement = grantEntitlement(g);
    grants.set(coFunder.id, g);
    entitlements.set(coFunder.id, entitlement);
    explanations.set(coFunder.id, explainGrant(g, entitlement));
    covered += entitlement;
  }
  for (const coFunder of coFunders) {
    if (coFunder.rule !== 'USED_PASSES_SHARE' && coFunder.rule !== 'ELIGIBLE_PAID_RATE') continue;
    const base = Math.max(0, baseOf(coFunder.rule, bases));
    const ratio = coFunder.ratio ?? { numerator: 0, denominator: 1 };
    const byRule = applyRatio(base, ratio, coFunder.rounding);
    const left = Math.max(0, paid - covered);
    const entitlement = Math.max(0, Math.min(coFunder.plannedCents, byRule, left));
    covered += entitlement;
    entitlements.set(coFunder.id, entitlement);
    const rate = `${ratio.denominator === 10_000 ? `${percentOf(ratio)} %` : `${euros(ratio.numerator)} / ${euros(ratio.denominator)}`}`;
    const limit =
      entitlement === byRule ? '' : entitlement === coFunder.plannedCents ? `, capped at the planned ${euros(coFunder.plannedCents)}` : `, limited to the ${euros(left)} paid that other co-funders do not cover`;
    explanations.set(
      coFunder.id,
      `${rate} of ${euros(base)} = ${euros(byRule)} (rounded ${coFunder.rounding === 'DOWN' ? 'down' : 'half up'} to the cent)${limit}.`,
    );
  }
  return coFunders.map((coFunder) => {
    const entitlementCents = coFunder.rule === 'REMAINDER' ? Math.max(0, paid - covered) : (entitlements.get(coFunder.id) ?? 0);
    const explanation =
      coFunder.rule === 'REMAINDER' ? `What the others' entitlements leave of the ${euros(paid)} paid net: ${euros(entitlementCents)}.` : (explanations.get(coFunder.id) ?? '');
    return {
      coFunderId: coFunder.id,
      baseCents: baseOf(coFunder.rule, bases),
      entitlementCents,
      receivedCents: coFunder.receivedCents,
      claimedCents: coFunder.claimedCents,
      owedCents: Math.max(0, entitlementCents - coFunder.receivedCents),
      claimableNowCents: Math.max(0, entitlementCents - Math.max(coFunder.receivedCents, coFunder.claimedCents)),
      toRepayCents: Math.max(0, coFunder.receivedCents - entitlementCents),
      grant: grants.get(coFunder.id) ?? null,
      explanation,
    };
  });
}
