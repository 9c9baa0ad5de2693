// A programme set up through the public API only, as its people would (libs/testing's api-setup):
// the platform operator opens a programme on the Hauts-de-France region for the Région, its
// staff order, activate and print passes and allocate booklets; a distributor and places, each
// qualified for the programme, get a key for their software.
import { randomUUID } from 'node:crypto';
import { DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import {
  activatedOrderOnTheApi,
  allocateOnTheApi,
  ApiSetup,
  issuePartnerKey,
  openProgrammeOnTheApi,
  qualifyPlaceOnTheApi,
  signDistributorAgreement,
  type PrintedPass,
} from '@pass-numerique/testing';
import { call, callWhen, type Caller } from './api';
import { waitFor } from './child-process';
import type { Platform } from './platform';

export type { PrintedPass };

export interface PartnerPlace {
  id: string;
  organisationId: string;
  inseeCode: string;
  caller: Caller;
}

export interface Scenario {
  manager: Caller;
  /** The programme's finance officer. */
  finance: Caller;
  programmeId: string;
  code: string;
  orderIds: string[];
  /** Passes of the booklets allocated to the distributor, in print order. */
  passes: PrintedPass[];
  /** Booklets left in stock (not allocated), by id. */
  stock: Array<{ id: string; number: string }>;
  distributor: { organisationId: string; caller: Caller };
  places: PartnerPlace[];
}

export const MUTATIONS = {
  openProgramme: `mutation($input: OpenProgrammeInput!) { openProgramme(input: $input) { id } }`,
  signAgreement: `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id } }`,
  issueCredential: `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret } }`,
  placeOrder: `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id passCount } }`,
  markOrderDelivered: `mutation($id: ID!) { markOrderDelivered(orderId: $id) { status } }`,
  activateOrder: `mutation($id: ID!, $number: String!) { activateOrder(orderId: $id, paymentOrderNumber: $number) { status } }`,
  exportPrintFile: `mutation($id: ID!) { exportPrintFile(orderId: $id) { csv } }`,
  allocateBooklets: `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id number } }`,
  handOut: `mutation($input: HandOutInput!) { handOut(input: $input) { id passCount } }`,
  redeemPass: `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id passNumber status } }`,
  generateStatements: `mutation($programmeId: ID!, $month: String!) { generateStatements(programmeId: $programmeId, month: $month) { month statementCount passCount amount { cents } } }`,
};


export interface ScenarioOptions {
  bookletCount: number;
  /** How many of them go to the distributor (the rest stays in stock). */
  allocate?: number;
  placeCount: number;
  /** Lifetime of the manager's token: long campaigns outlive the default five minutes. */
  tokenSeconds?: number;
}

/** The resilience harness's caller for the headers the shared API set-up gives a person. */
function callerOf(headers: Record<string, string>): Caller {
  return { token: headers.authorization.replace(/^Bearer /, '') };
}

export async function setUpScenario(platform: Platform, options: ScenarioOptions): Promise<Scenario> {
  const api = new ApiSetup((query, variables, headers) => platform.query(query, variables, headers), { timeoutMs: 60_000, tokenSeconds: options.tokenSeconds ?? 3_600 });
  const code = `RES-${randomUUID().slice(0, 8).toUpperCase()}`;
  // Partners loads its demo organisations just after it answers /ready: the set-up waits for them.
  const programme = await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'REGION', code: '32' }, amount: '10000000.00', code });
  const manager = callerOf(programme.staff.manager);
  const distributorOrganisationId = DEMO_PARTNER_IDS.distributors[0];
  await signDistributorAgreement(api, programme, distributorOrganisationId);
  const distributor = { organisationId: distributorOrganisationId, caller: { apiKey: await issuePartnerKey(api, distributorOrganisationId, 'distributor', [`handout:distributor:${distributorOrganisationId}`]) } };
  const places: PartnerPlace[] = [];
  for (const place of DEMO_PLACES.slice(0, options.placeCount)) {
    await qualifyPlaceOnTheApi(api, programme, place);
    places.push({ id: place.id, organisationId: place.organisationId, inseeCode: place.inseeCode, caller: { apiKey: await issuePartnerKey(api, place.organisationId, 'place', [`redeem:place:${place.id}`]) } });
  }

  const { orderId, printed } = await activatedOrderOnTheApi(api, programme, options.bookletCount);
  const allocateCount = options.allocate ?? options.bookletCount;
  const allocated = allocateCount > 0 ? await allocateOnTheApi(api, programme, orderId, distributorOrganisationId, allocateCount) : [];
  const allocatedNumbers = new Set(allocated.map((b) => b.number));
  const stock = (await call(platform, manager, `query($id: ID!) { passOrder(id: $id) { booklets(first: 500) { edges { node { id number state } } } } }`, { id: orderId }))
    .passOrder.booklets.edges.map((e: { node: { id: string; number: string; state: string } }) => e.node)
    .filter((b: { state: string }) => b.state === 'IN_STOCK');

  // Places become redeemable in passes when partners' qualification events have arrived.
  const passesDb = await platform.database('passes');
  try {
    await waitFor(
      'passes to learn that the places are qualified for the programme',
      async () =>
        (await passesDb.query(`SELECT count(*)::int AS n FROM place_qualification WHERE programme_id = $1 AND place_id = ANY($2) AND status = 'QUALIFIED'`, [programme.id, places.map((p) => p.id)])).rows[0].n ===
        places.length,
      { timeoutMs: 60_000, intervalMs: 200 },
    );
  } finally {
    await passesDb.end();
  }
  return {
    manager,
    finance: callerOf(programme.staff.finance),
    programmeId: programme.id,
    code,
    orderIds: [orderId],
    passes: printed.filter((p) => allocatedNumbers.has(p.bookletNumber)),
    stock,
    distributor,
    places,
  };
}

/** Places, delivers, activates and prints an order of booklets of 10; returns its passes as printed. */
export async function activatedOrder(platform: Platform, manager: Caller, programmeId: string, bookletCount: number): Promise<{ orderId: string; printed: PrintedPass[] }> {
  const { placeOrder } = await callWhen(platform, manager, MUTATIONS.placeOrder, { input: { programmeId, bookletCount, bookletSize: 10 } }, { notYet: ['PROGRAMME_UNKNOWN'] });
  const orderId: string = placeOrder.id;
  await call(platform, manager, MUTATIONS.markOrderDelivered, { id: orderId });
  await call(platform, manager, MUTATIONS.activateOrder, { id: orderId, number: `MANDAT-${orderId.slice(0, 8)}` });
  const { exportPrintFile } = await call(platform, manager, MUTATIONS.exportPrintFile, { id: orderId });
  const [, ...rows] = (exportPrintFile.csv as string).trim().split('\n').map((line) => line.split(','));
  return { orderId, printed: rows.map(([bookletNumber, number, code]) => ({ bookletNumber, number, code })) };
}

/** A pseudonymous beneficiary living where the place is (inside the region's perimeter). */
export function beneficiaryNear(place: { inseeCode: string }) {
  return { ageBand: 'FROM_26_TO_44', situation: 'FAR_FROM_EMPLOYMENT', residenceInseeCode: place.inseeCode, consent: true };
}
