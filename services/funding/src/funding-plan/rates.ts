// A co-funder's rate as an exact fraction, and how its product is brought to the cent. A rate in
// basis points is bp ÷ 10,000; a share is amount ÷ of (FEDER: 125,000.00 ÷ 763,900.00, which no
// number of basis points states exactly: 16.36 % of 763,900.00 is 124,974.04). Products are taken
// in BigInt, so no float ever touches money.
import { toDecimalString, type Cents } from '@pass-numerique/kernel';
import type { RoundingRule } from './co-funder.entity';

export interface Ratio {
  numerator: number;
  denominator: number;
}

/** The co-funder's rate as a fraction, or null for the rules without one. */
export function ratioOf(coFunder: { rateBasisPoints: number | null; shareAmountCents: number | null; shareOfCents: number | null }): Ratio | null {
  if (coFunder.shareAmountCents !== null && coFunder.shareOfCents !== null) return { numerator: coFunder.shareAmountCents, denominator: coFunder.shareOfCents };
  if (coFunder.rateBasisPoints !== null) return { numerator: coFunder.rateBasisPoints, denominator: 10_000 };
  return null;
}

/** amount × numerator ÷ denominator for amount ≥ 0, brought to the cent by the rounding rule. */
export function applyRatio(amountCents: number, ratio: Ratio, rounding: RoundingRule): number {
  const product = BigInt(Math.max(0, amountCents)) * BigInt(ratio.numerator);
  const denominator = BigInt(ratio.denominator);
  const rounded = rounding === 'DOWN' ? product / denominator : (2n * product + denominator) / (2n * denominator);
  return Number(rounded);
}

/** The rate as a percentage with two decimals, rounded half up: what people read ("16.36"), never what the rules apply. */
export function percentOf(ratio: Ratio): string {
  return toDecimalString(applyRatio(10_000, ratio, 'HALF_UP') as Cents);
}
