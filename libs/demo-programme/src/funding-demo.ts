// Funding's own part of the demo programme beyond the founding decision: the funding plan the
// decision states (seed: "Vu la décision de l'État d'attribuer un financement de 488 900 €…
// ainsi que la convention signée en ce sens", "FEDER (axe 2 du PO Picardie) … 125 000 €,
// représentant 16,36 % du coût total"), the support-engineering contract with its payments, what
// the State paid under its convention, the tranches in which the passes are bought and paid so
// that every budget year stays within the voted schedule, and the 2019 pilot as a programme of
// its own. Where the decision is silent, the data says so (`assumption`) instead of inventing
// silently. The pass-order commitments and their payments are not here: they follow from the
// passes service's demo events.
import { DEMO_IDS, DEMO_REGION, FOUNDING_DECISION } from './founding-decision';
import { DEMO_PARTNER_IDS } from './partners-demo';
import { PILOT_ZONE } from './territory-demo';

/** Fixed ids of funding's demo records, so that a restart finds them instead of adding copies. */
export const FUNDING_DEMO_IDS = {
  /** The partners service's demo State (Préfecture de région, SGAR). */
  stateOrganisation: DEMO_PARTNER_IDS.state,
  /** Not (yet) among the partners service's demo organisations: the Organisation stub resolves to null. */
  federOrganisation: '6f1c2c1e-2020-4c2a-9b1e-000000000012',
  stateCoFunder: '6f1c2c1e-2020-4c2a-9b1e-000000000020',
  federCoFunder: '6f1c2c1e-2020-4c2a-9b1e-000000000021',
  regionCoFunder: '6f1c2c1e-2020-4c2a-9b1e-000000000022',
  stateAdvanceReceipt: '6f1c2c1e-2020-4c2a-9b1e-000000000023',
  stateInstalmentReceipt: '6f1c2c1e-2020-4c2a-9b1e-000000000024',
  engineeringCommitment: '6f1c2c1e-2020-4c2a-9b1e-000000000030',
  /** The same id as the passes demo's PASSES_DEMO_IDS.pilotProgramme: both services name the pilot alike. */
  pilotProgramme: '6f1c2c1e-2019-4c2a-9b1e-000000000500',
  pilotDeliberation: '6f1c2c1e-2019-4c2a-9b1e-000000000510',
  pilotAmendment: '6f1c2c1e-2019-4c2a-9b1e-000000000511',
  pilotAuthorisation: '6f1c2c1e-2019-4c2a-9b1e-000000000512',
  pilotRegionCoFunder: '6f1c2c1e-2019-4c2a-9b1e-000000000513',
} as const;

/** The 4 % upstream fee on the passes' face value (687,500.00 EUR): 27,500.00 EUR. */
export const DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS = 400;
const faceValueCents = FOUNDING_DECISION.programme.passCount * FOUNDING_DECISION.programme.passFaceValueCents;
const feeCents = (faceValueCents * DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS) / 10_000;

/** The convention's date is not in the decision, which cites the convention as signed: its day is assumed. */
const STATE_CONVENTION_SIGNED_ON = '2020-02-04';

export const FUNDING_DEMO = {
  programmeId: DEMO_IDS.programme,
  authorisationId: DEMO_IDS.authorisation,
  /** The plan balances: 488,900 + 125,000 + 150,000 = 763,900.00 EUR, the authorisation. */
  coFunders: [
    {
      id: FUNDING_DEMO_IDS.stateCoFunder,
      organisationId: FUNDING_DEMO_IDS.stateOrganisation,
      displayName: 'État — appel à projets « pass numériques » 2019',
      kind: 'STATE',
      /** A grant of a fixed amount under a signed convention, for acquiring and deploying the passes in 2020–2021. */
      rule: 'FIXED_GRANT',
      rateBasisPoints: null,
      share: null,
      rounding: 'DOWN',
      plannedCents: 48_890_000,
      convention: {
        /** The operation's whole cost: the grant is reduced pro rata when less is spent. */
        baseCents: FOUNDING_DECISION.authorisation.amountCents,
        signedOn: STATE_CONVENTION_SIGNED_ON,
        advanceRateBasisPoints: 3_000,
        instalmentCeilingBasisPoints: 8_000,
      },
      agreementReference: 'Convention État – Région pass numériques 2020–2021',
      status: 'SIGNED',
      assumption:
        "La délibération cite la convention signée sans en donner les termes : sont supposés une assiette égale au coût total de l'opération (763 900,00 €), une avance de 30 % à la signature, des acomptes sur justificatifs jusqu'à 80 %, le solde sur rapport final, et la signature au 4 février 2020.",
    },
    {
      id: FUNDING_DEMO_IDS.federCoFunder,
      organisationId: FUNDING_DEMO_IDS.federOrganisation,
      displayName: 'Union européenne — FEDER, PO Picardie, axe 2',
      kind: 'EU_FEDER',
      rule: 'ELIGIBLE_PAID_RATE',
      rateBasisPoints: null,
      /** "125 000 €, représentant 16,36 % du coût total": 16.36 % is the share rounded; the share itself is exact. */
      share: { amountCents: 12_500_000, ofCents: FOUNDING_DECISION.authorisation.amountCents },
      rounding: 'DOWN',
      plannedCents: 12_500_000,
      convention: null,
      agreementReference: null,
      status: 'REQUESTED',
      assumption: null,
    },
    {
      id: FUNDING_DEMO_IDS.regionCoFunder,
      organisationId: DEMO_REGION.organisationId,
      displayName: 'Région Hauts-de-France — fonds propres',
      kind: 'OWN_FUNDS',
      rule: 'REMAINDER',
      rateBasisPoints: null,
      share: null,
      rounding: 'DOWN',
      plannedCents: 15_000_000,
      convention: null,
      agreementReference: FOUNDING_DECISION.deliberation.number,
      status: 'GRANTED',
      assumption: null,
    },
  ],
  /**
   * What the State paid under its convention: the advance at signature (30 % of 488,900.00), then
   * an instalment on the evidence of spending drawn up to 30 September 2021 — within what the
   * convention allows on each day whatever the passes history brings back (at least 463,540.00
   * spent net by then; about 650,000.00 was paid).
   */
  stateReceipts: [
    { id: FUNDING_DEMO_IDS.stateAdvanceReceipt, amountCents: 14_667_000, receivedOn: '2020-04-15', reference: 'État — avance de 30 % à la signature de la convention' },
    { id: FUNDING_DEMO_IDS.stateInstalmentReceipt, amountCents: 15_000_000, receivedOn: '2021-10-15', reference: 'État — acompte sur dépenses justifiées au 30 septembre 2021' },
  ],
  passOrder: { faceValueCents, feeRateBasisPoints: DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS, feeCents },
  /**
   * The operation ended on 31 December 2021; its accounts are closed with the 2022 administrative
   * account (the day is a demo assumption), after the evaluation report's payment (18 March 2022) and the credit notes of the
   * passes that expired unused: what the authorisation left uncommitted is released.
   */
  closing: { closedOn: '2022-06-30', reference: "Compte administratif 2022 — clôture de l'opération pass numérique 2020–2021" },
  /**
   * The envelope's 76,400.00 EUR beyond the passes' face value holds the 4 % fee on the passes
   * order (27,500.00, part of the pass-order commitment) and the support engineering: 48,900.00.
   */
  engineering: {
    commitment: {
      id: FUNDING_DEMO_IDS.engineeringCommitment,
      kind: 'ENGINEERING',
      reference: 'MAPA 2020-ING-056 ingénierie pass numérique',
      description: "Ingénierie d'accompagnement : animation du réseau de prescripteurs, formation des lieux, évaluation",
      committedOn: '2020-03-16',
      budgetYear: 2020,
      amountCents: 4_890_000,
    },
    payments: [
      { id: '6f1c2c1e-2020-4c2a-9b1e-000000000031', paymentOrderNumber: '2020-004512', paidOn: '2020-07-15', budgetYear: 2020, invoiceReference: 'FA-2020-0611', federEligible: true, amountCents: 1_467_000 },
      { id: '6f1c2c1e-2020-4c2a-9b1e-000000000032', paymentOrderNumber: '2020-009876', paidOn: '2020-12-10', budgetYear: 2020, invoiceReference: 'FA-2020-1127', federEligible: true, amountCents: 978_000 },
      { id: '6f1c2c1e-2020-4c2a-9b1e-000000000033', paymentOrderNumber: '2021-005431', paidOn: '2021-06-22', budgetYear: 2021, invoiceReference: 'FA-2021-0530', federEligible: true, amountCents: 1_222_500 },
      // Launch events are not eligible expenses under the operational programme.
      { id: '6f1c2c1e-2020-4c2a-9b1e-000000000034', paymentOrderNumber: '2021-010233', paidOn: '2021-12-14', budgetYear: 2021, invoiceReference: 'FA-2021-1202', federEligible: false, amountCents: 733_500 },
      // The evaluation report, after the operation's end: the last payment, in 2022.
      { id: '6f1c2c1e-2020-4c2a-9b1e-000000000035', paymentOrderNumber: '2022-002107', paidOn: '2022-03-18', budgetYear: 2022, invoiceReference: 'FA-2022-0301', federEligible: true, amountCents: 489_000 },
    ],
  },
} as const;

/**
 * The passes bought in tranches, as the passes service's demo places, delivers and activates them
 * (an activation is the payment of face value + 4 % fee, prepaid to the operator). Paid with the
 * engineering invoices above, each budget year stays within the voted schedule:
 *   2020: 208,000.00 + 24,450.00 = 232,450.00 ≤ 244,450.00
 *   2021: 260,000.00 + 145,600.00 + 19,560.00 = 425,160.00 ≤ 427,780.00
 *   2022: 4,890.00 ≤ 91,670.00 (the evaluation report; credit notes come back as receipts)
 * Prepaying all 68,750 passes in 2020–2021 cannot fit: the two years leave 628,220.00 for passes
 * after engineering, the passes cost 715,000.00. Usage did not call for the last 9,750 passes
 * (the known failure of the real programme: passes bought but little used), so they were never
 * ordered: 59,000 passes, 613,600.00, and the 101,400.00 left uncommitted is released when the
 * programme closes. The operation ends on 31 December 2021: no tranche is activated after it.
 */
export const DEMO_PASS_ORDER_TRANCHES = [
  {
    orderId: '6f1c2c1e-2020-4c2a-9b1e-000000000501',
    bookletCount: 2_000,
    placedOn: '2020-02-17',
    deliveredOn: '2020-03-09',
    activatedOn: '2020-03-16',
    paymentOrderNumber: 'MANDAT-2020-008412',
  },
  {
    orderId: '6f1c2c1e-2020-4c2a-9b1e-000000000503',
    bookletCount: 2_500,
    placedOn: '2020-12-07',
    deliveredOn: '2021-01-11',
    activatedOn: '2021-01-18',
    paymentOrderNumber: 'MANDAT-2021-000954',
  },
  {
    orderId: '6f1c2c1e-2020-4c2a-9b1e-000000000504',
    bookletCount: 1_400,
    placedOn: '2021-05-10',
    deliveredOn: '2021-05-31',
    activatedOn: '2021-06-07',
    paymentOrderNumber: 'MANDAT-2021-006217',
  },
] as const;

/** What one tranche costs: 10 passes of 10.00 per booklet, plus the 4 % fee. */
export function trancheCents(bookletCount: number): { faceValueCents: number; feeCents: number; totalCents: number } {
  const face = bookletCount * 10 * FOUNDING_DECISION.programme.passFaceValueCents;
  const fee = (face * DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS) / 10_000;
  return { faceValueCents: face, feeCents: fee, totalCents: face + fee };
}

const PILOT_ASSUMPTION =
  "Les délibérations 2019.00610 et 2019.01475 ne sont connues que par leur citation dans la décision du 4 février 2020 : ni leur vote, ni leur lieu, ni leur montant. Sont supposés : le Conseil régional en séance à Lille sous la présidence de Xavier Bertrand, une autorisation d'engagement de 52 000,00 € (5 000 pass × 10,00 € + 4 % de frais) sur l'imputation du programme de 2020, payée en 2019, et un financement par la Région seule.";

/**
 * The 2019 pilot on the Sambre-Avesnois-Thiérache pact territory, a programme of its own: 5,000
 * passes bought under deliberations 2019.00610 (28 March 2019) and 2019.01475 (27 June 2019),
 * before and outside the 763,900.00 authorisation of 2020. Its perimeter is the pact zone.
 */
export const PILOT_DEMO = {
  programme: {
    id: FUNDING_DEMO_IDS.pilotProgramme,
    code: 'HDF-PASS-NUMERIQUE-PILOTE-2019',
    name: 'Pass numérique — pilote du Pacte Sambre-Avesnois-Thiérache (2019)',
    perimeter: { level: 'ZONE', code: PILOT_ZONE.id },
    startsOn: '2019-05-06',
    endsOn: '2020-12-31',
  },
  ownerOrganisationId: DEMO_REGION.organisationId,
  passCount: PILOT_ZONE.passQuota,
  /** Closed with the 2021 administrative account, after the credit note of its passes that expired unused (a demo assumption: the seed says nothing of it). */
  closing: { closedOn: '2021-06-30', reference: "Compte administratif 2021 — clôture de l'expérimentation pass numérique du Pacte Sambre-Avesnois-Thiérache" },
  deliberation: {
    id: FUNDING_DEMO_IDS.pilotDeliberation,
    number: '2019.00610',
    decidedOn: '2019-03-28',
    body: 'REGIONAL_COUNCIL',
    place: 'Lille, hôtel de Région',
    chair: 'Xavier Bertrand',
    subject: "Expérimentation du déploiement de pass numériques dans le cadre du Pacte pour la réussite de la Sambre-Avesnois-Thiérache",
    theme: 'C04.06 Innovation numérique et sociale',
    vote: null,
    outcome: 'ADOPTED',
    decisions: ['Expérimenter le déploiement de 5 000 pass numériques sur le territoire du Pacte pour la réussite de la Sambre-Avesnois-Thiérache.'],
    cites: [],
    assumption: PILOT_ASSUMPTION,
  },
  amendment: {
    id: FUNDING_DEMO_IDS.pilotAmendment,
    number: '2019.01475',
    decidedOn: '2019-06-27',
    body: 'REGIONAL_COUNCIL',
    place: 'Lille, hôtel de Région',
    chair: 'Xavier Bertrand',
    subject: "Expérimentation du déploiement de pass numériques dans le cadre du Pacte pour la réussite de la Sambre-Avesnois-Thiérache (suite)",
    theme: 'C04.06 Innovation numérique et sociale',
    vote: null,
    outcome: 'ADOPTED',
    decisions: ["Poursuivre l'expérimentation des pass numériques sur le territoire du Pacte."],
    cites: ['2019.00610'],
    assumption: "Son contenu n'est pas connu : elle est enregistrée sans changer aucun chiffre de l'expérimentation. " + PILOT_ASSUMPTION,
  },
  authorisation: {
    id: FUNDING_DEMO_IDS.pilotAuthorisation,
    kind: 'AE',
    amountCents: 5_200_000,
    budgetYear: 2019,
    imputation: { chapter: '935', function: '56', nature: '6518', programmeCode: '56000017', nomenclature: 'M71', nomenclatureVersion: '2019' },
    schedule: [{ budgetYear: 2019, amountCents: 5_200_000 }],
  },
  coFunders: [
    {
      id: FUNDING_DEMO_IDS.pilotRegionCoFunder,
      organisationId: DEMO_REGION.organisationId,
      displayName: 'Région Hauts-de-France — fonds propres',
      kind: 'OWN_FUNDS',
      rule: 'REMAINDER',
      rateBasisPoints: null,
      share: null,
      rounding: 'DOWN',
      plannedCents: 5_200_000,
      convention: null,
      agreementReference: '2019.00610',
      status: 'GRANTED',
      assumption: 'Aucun cofinancement du pilote n’est connu : la Région est supposée seule à le financer.',
    },
  ],
} as const;
