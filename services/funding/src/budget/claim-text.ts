// How a claim's rule reads, in the API's words and in the French of the documents a funder files.
import { toDecimalString, type Cents } from '@pass-numerique/kernel';
import { percentOf, ratioOf } from '../funding-plan/rates';
import type { ClaimView } from './budget.service';

const euros = (cents: number) => toDecimalString(cents as Cents);

/** "16.36 %", or an exact share "125000.00 / 763900.00 (16.36 %)"; empty for the rules without a rate. */
export function rateText(claim: Pick<ClaimView, 'coFunder'>): string {
  const c = claim.coFunder;
  const ratio = ratioOf(c);
  if (ratio === null) return '';
  return c.shareAmountCents !== null && c.shareOfCents !== null ? `${euros(c.shareAmountCents)} / ${euros(c.shareOfCents)} (${percentOf(ratio)} %)` : `${percentOf(ratio)} %`;
}

export const RULE_LABELS = {
  FIXED_GRANT: 'Subvention forfaitaire sous convention (avance, acomptes sur justificatifs, solde sur rapport final, réduite au prorata des dépenses réalisées)',
  USED_PASSES_SHARE: "Part de l'achat des pass effectivement utilisés",
  ELIGIBLE_PAID_RATE: 'Taux appliqué aux dépenses éligibles effectivement payées, plafonné',
  REMAINDER: 'Solde du plan de financement',
} as const;

export const STAGE_LABELS = {
  NOT_SIGNED: 'convention non signée : rien n’est dû',
  ADVANCE: 'avance à la signature',
  INSTALMENTS: 'acomptes sur justificatifs de dépenses, dans la limite du plafond avant rapport final',
  BALANCE: 'solde sur rapport final',
} as const;

export const ROUNDING_LABELS = { DOWN: 'arrondi au centime inférieur', HALF_UP: 'arrondi au centime le plus proche (demi-centime vers le haut)' } as const;
