// French renderings of numbers and dates.
const integer = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

export const formatInteger = (n: number) => integer.format(n);
export const formatPercent = (ratio: number) => percent.format(ratio);
/** Usage rate: passes redeemed over passes handed out; undefined when none was handed out. */
export const usageRate = (redeemed: number, handedOut: number) => (handedOut > 0 ? redeemed / handedOut : undefined);
export const formatRate = (rate: number | undefined) => (rate === undefined ? '—' : formatPercent(rate));
export const formatDate = (iso: string | null | undefined) => (iso ? new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString('fr-FR') : '—');

export const AGE_BANDS: Record<string, string> = {
  FROM_16_TO_25: '16 à 25 ans',
  FROM_26_TO_44: '26 à 44 ans',
  FROM_45_TO_59: '45 à 59 ans',
  FROM_60_TO_74: '60 à 74 ans',
  FROM_75: '75 ans et plus',
};
export const GENDERS: Record<string, string> = { FEMALE: 'Femme', MALE: 'Homme', OTHER: 'Autre' };
export const SITUATIONS: Record<string, string> = {
  FAR_FROM_EMPLOYMENT: 'Éloigné·e de l’emploi',
  JOB_SEEKER: 'Demandeur·se d’emploi',
  EMPLOYED: 'En emploi',
  STUDENT: 'Étudiant·e, en formation',
  RETIRED: 'Retraité·e',
  INACTIVE: 'Sans activité',
  OTHER: 'Autre',
};
export const BOOKLET_STATES: Record<string, string> = {
  IN_STOCK: 'En stock',
  ALLOCATED: 'Attribué',
  PARTLY_HANDED_OUT: 'Partiellement remis',
  HANDED_OUT: 'Entièrement remis',
};
export const QUALIFICATION_STATES: Record<string, string> = {
  APPLIED: 'Candidature',
  QUALIFIED: 'Qualifié',
  SUSPENDED: 'Suspendu',
  REVOKED: 'Retiré',
};
export const STATEMENT_STATES: Record<string, string> = { PENDING: 'En attente', APPROVED: 'Approuvé', PAID: 'Payé' };
