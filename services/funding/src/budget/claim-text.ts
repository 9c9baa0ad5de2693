// How a claim's rule reads, in the API's words and in the French of the documents a funder files.
import { formatEuros, toDecimalString, type Cents } from '@pass-numerique/kernel';
import { percentOf, ratioOf } from '../funding-plan/rates';
import type { ClaimView } from './budget.views';

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

const eur = (cents: number) => formatEuros(cents as Cents).replace(/\s/g, ' ');

/** The computation in the words of the statement of expenditure. */
export function frenchFormula(claim: ClaimView): string {
  const rounding = ROUNDING_LABELS[claim.coFunder.rounding];
  if (claim.grant) {
    const g = claim.grant;
    return `Subvention acquise = ${eur(g.grantCents)} × min(dépenses ${eur(g.spentCents)} ; assiette ${eur(g.baseCents)}) ÷ ${eur(g.baseCents)} = ${eur(g.earnedCents)} (${rounding}) ; avant le rapport final, la participation due est le plus grand de l'avance et de la subvention acquise, dans la limite du plafond.`;
  }
  if (claim.coFunder.rule === 'REMAINDER') return `Participation = dépenses retenues moins la part des autres cofinanceurs = ${eur(claim.entitlementCents)}.`;
  return `Participation = min(${eur(claim.coFunder.plannedCents)} ; ${rateText(claim)} × ${eur(claim.baseCents)}) = ${eur(claim.entitlementCents)} (${rounding}), dans la limite des dépenses payées que les autres cofinanceurs ne couvrent pas.`;
}
