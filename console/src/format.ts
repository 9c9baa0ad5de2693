// French renderings of numbers and dates.
const integer = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

export const formatInteger = (n: number) => integer.format(n);
export const formatPercent = (ratio: number) => percent.format(ratio);
/** Usage rate: passes redeemed over passes handed out; undefined when none was handed out. */
export const usageRate = (redeemed: number, handedOut: number) => (handedOut > 0 ? redeemed / handedOut : undefined);
export const formatRate = (rate: number | undefined) => (rate === undefined ? '—' : formatPercent(rate));
export const formatDate = (iso: string | null | undefined) => (iso ? new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString('fr-FR') : '—');
const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const monthYear = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric' });
/** A day in words, "21 janvier 2022" (the day of an ISO date or instant, read at noon so no time zone moves it). */
export const formatLongDate = (iso: string | null | undefined) => (iso ? longDate.format(new Date(`${iso.slice(0, 10)}T12:00:00`)) : '—');
/** A month in words, "décembre 2021", from "2021-12" or any ISO date of that month. */
export const formatMonth = (iso: string | null | undefined) => (iso ? monthYear.format(new Date(`${iso.slice(0, 7)}-15T12:00:00`)) : '—');

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
  CHANGES_REQUESTED: 'Compléments demandés',
  REFUSED: 'Candidature refusée',
  QUALIFIED: 'Qualifié',
  SUSPENDED: 'Suspendu',
  REVOKED: 'Retiré',
};
export const STATEMENT_STATES: Record<string, string> = { PENDING: 'En attente', APPROVED: 'Approuvé', PAID: 'Payé' };
export const ORDER_STATES: Record<string, string> = { PLACED: 'Passée', DELIVERED: 'Livrée', ACTIVATED: 'Activée' };
/**
 * The national places standard's vocabularies, in its own French words: staff fill them in, and
 * the partners service stores the standard's labels. The public site words some of them for
 * visitors (site/src/vocabulary.ts): the same keys, different texts, on purpose.
 */
export const MEDIATION_SERVICES: Record<string, string> = {
  ADMINISTRATIVE_PROCEDURES: 'Aide aux démarches administratives',
  EVERYDAY_DIGITAL_TOOLS: 'Maîtrise des outils numériques du quotidien',
  PROFESSIONAL_INTEGRATION: 'Insertion professionnelle via le numérique',
  SAFE_DIGITAL_USE: 'Utilisation sécurisée du numérique',
  PARENTING_AND_EDUCATION: 'Parentalité et éducation avec le numérique',
  DIGITAL_LEISURE_AND_CREATION: 'Loisirs et créations numériques',
  UNDERSTANDING_THE_DIGITAL_WORLD: 'Compréhension du monde numérique',
  INTERNET_AND_EQUIPMENT_ACCESS: 'Accès internet et matériel informatique',
  AFFORDABLE_EQUIPMENT: 'Acquisition de matériel informatique à prix solidaire',
};
export const SPECIFIC_PUBLICS: Record<string, string> = { YOUNG_PEOPLE: 'Jeunes', STUDENTS: 'Étudiants', FAMILIES_AND_CHILDREN: 'Familles et/ou enfants', SENIORS: 'Seniors', WOMEN: 'Femmes' };
export const ACCESS_MODES: Record<string, string> = {
  WALK_IN: 'Se présenter',
  PHONE: 'Téléphoner',
  EMAIL: 'Contacter par mail',
  ONLINE_APPOINTMENT: 'Prendre un RDV en ligne',
  NO_PUBLIC_RECEPTION: 'Ce lieu n’accueille pas de public',
  PRESCRIPTION_BY_EMAIL: 'Envoyer un mail avec une fiche de prescription',
};
export const SUPPORT_MODES: Record<string, string> = { SELF_SERVICE: 'En autonomie', INDIVIDUAL: 'Accompagnement individuel', GROUP_WORKSHOP: 'Dans un atelier collectif', REMOTE: 'À distance' };
export const FEE_KINDS: Record<string, string> = { FREE: 'Gratuit', FREE_UNDER_CONDITIONS: 'Gratuit sous condition', PAID: 'Payant' };
