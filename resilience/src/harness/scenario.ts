// A programme set up through the public API only, as programme staff and partners would
// (examples/partner-client/src/journey.ts does the same for one pass): a programme on the
// Hauts-de-France region, an order delivered, activated and printed, booklets allocated, and a
// key for each partner's software — a distributor that hands passes out, places that redeem them.
import { randomUUID } from 'node:crypto';
import { DEMO_PARTNER_IDS, DEMO_PLACES } from '@pass-numerique/demo-programme';
import { personToken } from '@pass-numerique/testing';
import { call, callWhen, type Caller } from './api';
import { waitFor } from './child-process';
import type { Platform } from './platform';

export interface PrintedPass {
  bookletNumber: string;
  number: string;
  code: string;
}

export interface PartnerPlace {
  id: string;
  organisationId: string;
  inseeCode: string;
  caller: Caller;
}

export interface Scenario {
  manager: Caller;
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
  generateStatements: `mutation($month: String!) { generateStatements(month: $month) { month statementCount passCount amount { cents } } }`,
};

const today = () => new Date().toISOString().slice(0, 10);

export interface ScenarioOptions {
  bookletCount: number;
  /** How many of them go to the distributor (the rest stays in stock). */
  allocate?: number;
  placeCount: number;
  /** Lifetime of the manager's token: long campaigns outlive the default five minutes. */
  tokenSeconds?: number;
}

export async function setUpScenario(platform: Platform, options: ScenarioOptions): Promise<Scenario> {
  const manager: Caller = { token: await personToken({ role: 'programme_manager', subject: `resilience-${randomUUID().slice(0, 8)}` }, { expiresInSeconds: options.tokenSeconds ?? 3_600 }) };
  const year = Number(today().slice(0, 4));
  const code = `RES-${randomUUID().slice(0, 8).toUpperCase()}`;
  const { openProgramme } = await callWhen(platform, manager, MUTATIONS.openProgramme, {
    input: {
      code,
      name: `Campagne de résilience ${code}`,
      perimeter: { level: 'REGION', code: '32' },
      startsOn: today(),
      endsOn: `${year + 2}-12-31`,
      deliberation: {
        number: `${code}-DELIB`,
        decidedOn: today(),
        body: 'STANDING_COMMITTEE',
        place: 'Amiens',
        chair: 'La présidence',
        subject: 'Campagne de résilience',
        vote: { for: 10, against: 0, abstention: 0, present: 10, proxies: 0, absent: 0, notVoting: 0 },
        outcome: 'ADOPTED_UNANIMOUSLY',
        decisions: ['Acquérir des pass numériques.'],
        cites: [],
      },
      authorisation: {
        kind: 'AE',
        amount: '10000000.00',
        budgetYear: year,
        imputation: { chapter: '935', function: '56', nature: '6518', programmeCode: '56000017', nomenclature: 'M57', nomenclatureVersion: '2024' },
        schedule: [{ budgetYear: year, amount: '10000000.00' }],
      },
    },
  });
  const programmeId: string = openProgramme.id;

  // Partners loads its demo organisations just after it answers /ready: wait for them.
  const distributorOrganisationId = DEMO_PARTNER_IDS.distributors[0];
  await callWhen(platform, manager, MUTATIONS.signAgreement, { input: { programmeId, organisationId: distributorOrganisationId, role: 'DISTRIBUTOR', startsOn: today() } }, { notYet: ['NOT_FOUND'] });
  const issue = async (organisationId: string, scope: string): Promise<Caller> => ({
    apiKey: (await callWhen(platform, manager, MUTATIONS.issueCredential, { input: { organisationId, label: `resilience ${scope}`.slice(0, 100), scopes: [scope] } }, { notYet: ['NOT_FOUND'] }))
      .issueCredential.secret,
  });
  const distributor = { organisationId: distributorOrganisationId, caller: await issue(distributorOrganisationId, `handout:distributor:${distributorOrganisationId}`) };
  const places: PartnerPlace[] = [];
  for (const place of DEMO_PLACES.slice(0, options.placeCount)) {
    places.push({ id: place.id, organisationId: place.organisationId, inseeCode: place.inseeCode, caller: await issue(place.organisationId, `redeem:place:${place.id}`) });
  }

  const { orderId, printed } = await activatedOrder(platform, manager, programmeId, options.bookletCount);
  const allocateCount = options.allocate ?? options.bookletCount;
  const allocated =
    allocateCount > 0
      ? (
          await callWhen(platform, manager, MUTATIONS.allocateBooklets, { input: { distributorOrganisationId, orderId, count: allocateCount } }, { notYet: ['NOT_A_DISTRIBUTOR', 'AGREEMENT_NOT_IN_FORCE'] })
        ).allocateBooklets
      : [];
  const allocatedNumbers = new Set(allocated.map((b: { number: string }) => b.number));
  const stock = (await call(platform, manager, `query($id: ID!) { passOrder(id: $id) { booklets(first: 500) { edges { node { id number state } } } } }`, { id: orderId }))
    .passOrder.booklets.edges.map((e: { node: { id: string; number: string; state: string } }) => e.node)
    .filter((b: { state: string }) => b.state === 'IN_STOCK');

  // Places become redeemable in passes when partners' qualification events have arrived.
  const passesDb = await platform.database('passes');
  try {
    await waitFor(
      'passes to learn that the places are qualified',
      async () => (await passesDb.query(`SELECT count(*)::int AS n FROM place WHERE id = ANY($1) AND status = 'QUALIFIED'`, [places.map((p) => p.id)])).rows[0].n === places.length,
      { timeoutMs: 60_000, intervalMs: 200 },
    );
  } finally {
    await passesDb.end();
  }
  return {
    manager,
    programmeId,
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
