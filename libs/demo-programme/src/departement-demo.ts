// A second buying authority in the demo, so that tenancy is visible in the data anyone starts
// with: the Département de la Somme runs a small programme of its own next to the Région's. It
// shares a distributor (the Mission locale d'Amiens) and three places with the Région's programme;
// a fourth place of the Somme is qualified by the Région only. Everything here is demonstration
// data: the deliberation, its number and its vote are invented (the seed is the Région's decision
// only), and each service says so where it shows them.
import { DEMO_PARTNER_IDS, DEMO_PLACES } from './partners-demo';
import { DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS } from './funding-demo';

/** The Département de la Somme, an organisation of the partners demo. */
const SOMME = DEMO_PARTNER_IDS.departements['80'];
/** Mission locale d'Amiens: distributor of the Région's programme in the Somme, and of the Département's. */
const SHARED_DISTRIBUTOR = 'e01880e4-e9a9-5c4f-a034-7e309bf3b4d5';
const placeNamed = (name: string) => {
  const place = DEMO_PLACES.find((p) => p.name === name);
  if (!place) throw new Error(`no demo place named ${name}`);
  return place;
};

/** Fixed ids of the Département's demo records, so that every service agrees on them. */
export const DEPARTEMENT_DEMO_IDS = {
  programme: '6f1c2c1e-2021-4d80-9b1e-000000000001',
  deliberation: '6f1c2c1e-2021-4d80-9b1e-000000000002',
  authorisation: '6f1c2c1e-2021-4d80-9b1e-000000000003',
  ownerCoFunder: '6f1c2c1e-2021-4d80-9b1e-000000000020',
  ownerAgreement: '6f1c2c1e-2021-4d80-9b1e-000000000101',
  distributorAgreement: '6f1c2c1e-2021-4d80-9b1e-000000000102',
  operatorAgreement: '6f1c2c1e-2021-4d80-9b1e-000000000103',
  zone: '6f1c2c1e-2021-4d80-9b1e-000000000401',
  order: '6f1c2c1e-2021-4d80-9b1e-000000000501',
} as const;

export const DEPARTEMENT_DEMO = {
  ownerOrganisationId: SOMME,
  ownerName: 'Département de la Somme',
  /** Demonstration data: this deliberation is invented (see the file's header). */
  assumption: 'Données de démonstration : délibération, numéro et vote fictifs.',
  programme: {
    id: DEPARTEMENT_DEMO_IDS.programme,
    code: 'SOMME-PASS-NUMERIQUE-2021',
    name: 'Pass numérique de la Somme 2021–2022',
    perimeter: { level: 'DEPARTEMENT', code: '80' },
    startsOn: '2021-04-01',
    endsOn: '2022-06-30',
    passCount: 2_000,
    passFaceValueCents: 1_000,
  },
  deliberation: {
    id: DEPARTEMENT_DEMO_IDS.deliberation,
    number: 'CP-2021-03-29-017 (démonstration)',
    decidedOn: '2021-03-29',
    body: 'STANDING_COMMITTEE',
    place: 'Amiens, hôtel du Département, 43 rue de la République',
    chair: 'Présidence du Conseil départemental (démonstration)',
    subject: 'Pass numérique de la Somme : acquisition de 2 000 pass et déploiement dans l’Est du département',
    theme: 'Inclusion numérique',
    vote: { for: 44, against: 0, abstention: 2, present: 40, proxies: 6, absent: 0, notVoting: 0 },
    outcome: 'ADOPTED',
    decisions: [
      "Acquérir 2 000 pass numériques d'une valeur nominale de 10 € pour les habitants de la Somme, en priorité dans l'Est du département.",
      'Affecter 20 800 € à cette acquisition, frais de l’opérateur compris.',
    ],
    cites: [],
  },
  authorisation: {
    id: DEPARTEMENT_DEMO_IDS.authorisation,
    kind: 'AE',
    /** 2,000 × 10.00 EUR + the operator's 4 % fee (800.00 EUR). */
    amountCents: 2_080_000,
    budgetYear: 2021,
    imputation: { chapter: '935', function: '58', nature: '6568', programmeCode: 'INCL-NUM-2021', nomenclature: 'M52', nomenclatureVersion: '2021' },
    schedule: [
      { budgetYear: 2021, amountCents: 1_248_000 },
      { budgetYear: 2022, amountCents: 832_000 },
    ],
  },
  /** The Département pays it all from its own funds. */
  coFunders: [
    {
      id: DEPARTEMENT_DEMO_IDS.ownerCoFunder,
      organisationId: SOMME,
      displayName: 'Département de la Somme — fonds propres',
      kind: 'OWN_FUNDS',
      rule: 'REMAINDER',
      rateBasisPoints: null,
      plannedCents: 2_080_000,
      agreementReference: 'CP-2021-03-29-017 (démonstration)',
      status: 'GRANTED',
    },
  ],
  /** The Département's zone of priority: the east of the Somme. */
  zone: {
    id: DEPARTEMENT_DEMO_IDS.zone,
    programmeId: DEPARTEMENT_DEMO_IDS.programme,
    name: 'Est de la Somme – Santerre et Haute Somme',
    // Each of these EPCIs lies wholly in the Somme (CC de l'Est de la Somme does not: Pithon is in the Aisne).
    epcis: [
      '200037059', // CC de la Haute Somme (Combles - Péronne - Roisel)
      '200070928', // CC Terre de Picardie
      '200070977', // CC du Grand Roye
    ],
    passQuota: 600,
    note: "Zone prioritaire du pass numérique de la Somme (démonstration) : 600 pass réservés à l'Est du département.",
  },
  agreements: [
    { id: DEPARTEMENT_DEMO_IDS.ownerAgreement, organisationId: SOMME, role: 'FUNDER', scope: null, startsOn: '2021-03-29', endsOn: '2022-06-30' },
    { id: DEPARTEMENT_DEMO_IDS.operatorAgreement, organisationId: DEMO_PARTNER_IDS.operator, role: 'OPERATOR', scope: null, startsOn: '2021-03-29', endsOn: '2022-06-30' },
    { id: DEPARTEMENT_DEMO_IDS.distributorAgreement, organisationId: SHARED_DISTRIBUTOR, role: 'DISTRIBUTOR', scope: { level: 'DEPARTEMENT', code: '80' }, startsOn: '2021-04-01', endsOn: '2022-06-30' },
  ],
  sharedDistributorId: SHARED_DISTRIBUTOR,
  /** Qualified by the Département too (they are also qualified by the Région). */
  sharedPlaceIds: [placeNamed('Numérique pour tous – Chaulnes').id, placeNamed('Centre social Saint-Exupéry – Amiens').id, placeNamed("Médiathèque d'Abbeville").id],
  /** A place of the Somme that only the Région qualified: the Département's passes are refused there. */
  regionOnlyPlaceId: placeNamed('Centre social Pasteur – Senarpont').id,
  order: {
    id: DEPARTEMENT_DEMO_IDS.order,
    bookletCount: 200,
    bookletSize: 10,
    passFaceValue: '10.00',
    feeRateBasisPoints: DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS,
    operatorOrganisationId: DEMO_PARTNER_IDS.operator,
    placedOn: '2021-04-06',
    deliveredOn: '2021-04-26',
    activatedOn: '2021-05-03',
    paymentOrderNumber: 'MANDAT-D80-2021-000231',
  },
  /** What happened to the order: booklets allocated to the shared distributor, some handed out, some redeemed at the shared places. */
  history: { allocatedOn: '2021-05-10', bookletsAllocated: 30, handedOutOn: '2021-05-17', bookletsHandedOut: 6, redeemedOn: '2021-06-01', passesRedeemed: 22 },
} as const;
