// Funding's own part of the demo programme beyond the founding decision: the funding plan the
// decision states (seed: "Vu la décision de l'État d'attribuer un financement de 488 900 €…",
// "FEDER (axe 2 du PO Picardie) … 125 000 €, représentant 16,36 % du coût total") and the
// support-engineering contract with its payments. The pass-order commitments and their payments
// are not here: they follow from the passes service's demo events.
import { DEMO_IDS, DEMO_REGION, FOUNDING_DECISION } from './founding-decision';
import { DEMO_PARTNER_IDS } from './partners-demo';

/** Fixed ids of funding's demo records, so that a restart finds them instead of adding copies. */
export const FUNDING_DEMO_IDS = {
  /** The partners service's demo State (Préfecture de région, SGAR). */
  stateOrganisation: DEMO_PARTNER_IDS.state,
  /** Not (yet) among the partners service's demo organisations: the Organisation stub resolves to null. */
  federOrganisation: '6f1c2c1e-2020-4c2a-9b1e-000000000012',
  stateCoFunder: '6f1c2c1e-2020-4c2a-9b1e-000000000020',
  federCoFunder: '6f1c2c1e-2020-4c2a-9b1e-000000000021',
  regionCoFunder: '6f1c2c1e-2020-4c2a-9b1e-000000000022',
  engineeringCommitment: '6f1c2c1e-2020-4c2a-9b1e-000000000030',
} as const;

/** The 4 % upstream fee on the passes' face value (687,500.00 EUR): 27,500.00 EUR. */
export const DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS = 400;
const faceValueCents = FOUNDING_DECISION.programme.passCount * FOUNDING_DECISION.programme.passFaceValueCents;
const feeCents = (faceValueCents * DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS) / 10_000;

export const FUNDING_DEMO = {
  programmeId: DEMO_IDS.programme,
  authorisationId: DEMO_IDS.authorisation,
  /** The plan balances: 488,900 + 125,000 + 150,000 = 763,900.00 EUR, the authorisation. */
  coFunders: [
    {
      id: FUNDING_DEMO_IDS.stateCoFunder,
      organisationId: FUNDING_DEMO_IDS.stateOrganisation,
      displayName: "État — appel à projets « pass numériques » 2019",
      kind: 'STATE',
      rule: 'USED_PASSES_SHARE',
      /** At most 50 % of the purchase of passes actually used. */
      rateBasisPoints: 5_000,
      plannedCents: 48_890_000,
      agreementReference: 'Convention État – Région pass numériques 2020–2021',
      status: 'SIGNED',
    },
    {
      id: FUNDING_DEMO_IDS.federCoFunder,
      organisationId: FUNDING_DEMO_IDS.federOrganisation,
      displayName: 'Union européenne — FEDER, PO Picardie, axe 2',
      kind: 'EU_FEDER',
      rule: 'ELIGIBLE_PAID_RATE',
      /** 16.36 % of eligible expenses actually paid. */
      rateBasisPoints: 1_636,
      plannedCents: 12_500_000,
      agreementReference: null,
      status: 'REQUESTED',
    },
    {
      id: FUNDING_DEMO_IDS.regionCoFunder,
      organisationId: DEMO_REGION.organisationId,
      displayName: 'Région Hauts-de-France — fonds propres',
      kind: 'OWN_FUNDS',
      rule: 'REMAINDER',
      rateBasisPoints: null,
      plannedCents: 15_000_000,
      agreementReference: FOUNDING_DECISION.deliberation.number,
      status: 'GRANTED',
    },
  ],
  passOrder: { faceValueCents, feeRateBasisPoints: DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS, feeCents },
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
      { id: '6f1c2c1e-2020-4c2a-9b1e-000000000035', paymentOrderNumber: '2022-002107', paidOn: '2022-03-18', budgetYear: 2022, invoiceReference: 'FA-2022-0301', federEligible: true, amountCents: 489_000 },
    ],
  },
} as const;
