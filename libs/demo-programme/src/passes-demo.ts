// The passes part of the demo programme: the founding decision's passes bought in the tranches
// funding's demo pays (DEMO_PASS_ORDER_TRANCHES: booklets of 10, 10.00 EUR, 4 % fee, each
// tranche placed, delivered and activated on its days) and the parameters of their simulated
// 2020–2021 history; and the 2019 pilot on the Sambre-Avesnois-Thiérache pact territory (5,000
// passes, earlier decisions 2019.00610 and 2019.01475), kept as a programme of its own because it
// was bought under those earlier decisions, not under the 763,900 EUR authorisation of 2020.
import { DEMO_IDS, DEMO_REGION } from './founding-decision';
import { DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS, DEMO_PASS_ORDER_TRANCHES } from './funding-demo';
import { DEMO_PARTNER_IDS } from './partners-demo';
import { PILOT_PROGRAMME_ID, PILOT_ZONE } from './territory-demo';

/** Fixed ids of passes' demo records. */
export const PASSES_DEMO_IDS = {
  /** The first tranche's order. */
  order: DEMO_PASS_ORDER_TRANCHES[0].orderId,
  pilotProgramme: PILOT_PROGRAMME_ID,
  pilotOrder: '6f1c2c1e-2019-4c2a-9b1e-000000000502',
} as const;

/** An order of a demo history, placed, delivered and activated (on its payment-order number) on its days. */
export interface DemoPassOrder {
  id: string;
  bookletCount: number;
  bookletSize: 10;
  passFaceValue: string;
  feeRateBasisPoints: number;
  operatorOrganisationId: string;
  placedOn: string;
  deliveredOn: string;
  activatedOn: string;
  paymentOrderNumber: string;
}

export interface DemoPassesHistory {
  programmeId: string;
  /** The orders in the order they were placed; each one's booklets go to distributors in waves, on its allocation days (after its activation). */
  orders: Array<DemoPassOrder & { allocationDays: string[] }>;
  /** Share of the booklets allocated in the end (the rest stays in stock and expires unused). */
  allocatedShare: number;
  /** Share of allocated booklets handed out. */
  handedOutShare: number;
  /** Share of handed-out passes redeemed before they expire. */
  redeemedShare: number;
  /** Share of beneficiaries far from employment (the State wants at least half). */
  farFromEmploymentShare: number;
  /** Days on which the expiry job is run (the last one after the programme's end). */
  expiryRunDays: string[];
  /** Seed of the deterministic random draws. */
  seed: number;
}

/** When each tranche's booklets go to the distributors: waves from the week after its activation. */
const TRANCHE_ALLOCATION_DAYS = [
  ['2020-03-23', '2020-06-15', '2020-09-14'],
  ['2021-01-25', '2021-04-12'],
  ['2021-06-14', '2021-09-13'],
] as const;

export const DEMO_PASSES_HISTORY: DemoPassesHistory = {
  programmeId: DEMO_IDS.programme,
  orders: DEMO_PASS_ORDER_TRANCHES.map((tranche, i) => ({
    id: tranche.orderId,
    bookletCount: tranche.bookletCount,
    bookletSize: 10,
    passFaceValue: '10.00',
    feeRateBasisPoints: DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS,
    operatorOrganisationId: DEMO_PARTNER_IDS.operator,
    placedOn: tranche.placedOn,
    deliveredOn: tranche.deliveredOn,
    activatedOn: tranche.activatedOn,
    paymentOrderNumber: tranche.paymentOrderNumber,
    allocationDays: [...TRANCHE_ALLOCATION_DAYS[i]],
  })),
  allocatedShare: 0.93,
  handedOutShare: 0.82,
  redeemedShare: 0.58,
  farFromEmploymentShare: 0.56,
  expiryRunDays: ['2021-07-01', '2022-01-01'],
  seed: 20200204,
};

/** The 2019 pilot, as a programme of its own, on the pact's zone (as funding opens it). */
export const DEMO_PILOT_PROGRAMME = {
  id: PASSES_DEMO_IDS.pilotProgramme,
  code: 'HDF-PASS-NUMERIQUE-PILOTE-2019',
  name: 'Pass numérique — pilote du Pacte Sambre-Avesnois-Thiérache (2019)',
  ownerOrganisationId: DEMO_REGION.organisationId,
  perimeter: { level: 'ZONE', code: PILOT_ZONE.id },
  startsOn: '2019-05-06',
  endsOn: '2020-12-31',
} as const;

/**
 * The pact's intercommunalities handed the pilot's passes out to their residents. Their
 * distributor agreements for the pilot predate the platform; passes records them as facts.
 */
export const DEMO_PILOT_DISTRIBUTORS = [
  { agreementId: '6f1c2c1e-2019-4c2a-9b1e-0000000005a1', organisationId: DEMO_PARTNER_IDS.epcis['200043396'], scope: { level: 'EPCI', code: '200043396' } },
  { agreementId: '6f1c2c1e-2019-4c2a-9b1e-0000000005a2', organisationId: DEMO_PARTNER_IDS.epcis['200043321'], scope: { level: 'EPCI', code: '200043321' } },
  { agreementId: '6f1c2c1e-2019-4c2a-9b1e-0000000005a3', organisationId: DEMO_PARTNER_IDS.epcis['200043263'], scope: { level: 'EPCI', code: '200043263' } },
  { agreementId: '6f1c2c1e-2019-4c2a-9b1e-0000000005a4', organisationId: DEMO_PARTNER_IDS.epcis['200043404'], scope: { level: 'EPCI', code: '200043404' } },
  { agreementId: '6f1c2c1e-2019-4c2a-9b1e-0000000005a5', organisationId: DEMO_PARTNER_IDS.epcis['200071983'], scope: { level: 'EPCI', code: '200071983' } },
  { agreementId: '6f1c2c1e-2019-4c2a-9b1e-0000000005a6', organisationId: DEMO_PARTNER_IDS.epcis['240200444'], scope: { level: 'EPCI', code: '240200444' } },
] as const;

export const DEMO_PILOT_HISTORY: DemoPassesHistory = {
  programmeId: PASSES_DEMO_IDS.pilotProgramme,
  orders: [
    {
      id: PASSES_DEMO_IDS.pilotOrder,
      // The zone's whole quota.
      bookletCount: PILOT_ZONE.passQuota / 10,
      bookletSize: 10,
      passFaceValue: '10.00',
      feeRateBasisPoints: DEMO_PASS_ORDER_FEE_RATE_BASIS_POINTS,
      operatorOrganisationId: DEMO_PARTNER_IDS.operator,
      placedOn: '2019-05-13',
      deliveredOn: '2019-06-03',
      activatedOn: '2019-06-10',
      paymentOrderNumber: 'MANDAT-2019-005127',
      allocationDays: ['2019-06-17', '2019-09-16'],
    },
  ],
  // "5 000 pass déjà distribués": every pilot pass was handed out.
  allocatedShare: 1,
  handedOutShare: 1,
  redeemedShare: 0.47,
  farFromEmploymentShare: 0.6,
  expiryRunDays: ['2021-01-01'],
  seed: 20190610,
};
