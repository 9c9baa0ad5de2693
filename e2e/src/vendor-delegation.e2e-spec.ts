// A software vendor's key acting for a place's organisation through the gateway (X-On-Behalf-Of):
// refused before the organisation accepts, redeeming a pass once it has (the audit trail naming
// the vendor's key and the organisation), refused again within the gateway's credential cache
// lifetime after the organisation revokes the delegation.
import { DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { PartnerApiError, PartnerClient } from '@pass-numerique/partner-client-example';
import {
  activatedOrderOnTheApi,
  allocateOnTheApi,
  apiKey,
  ApiSetup,
  issuePartnerKey,
  openProgrammeOnTheApi,
  qualifyPlaceOnTheApi,
  signDistributorAgreement,
  type Headers,
} from '@pass-numerique/testing';
import { startStack, type Stack } from './stack';

/** The e2e stack's CREDENTIAL_CACHE_SECONDS (stack.ts): the bound on how long a revoked delegation still works. */
const CACHE_MS = 1_000;

const ISSUE = `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret credential { id kind } } }`;
const REQUEST = `mutation($input: RequestDelegationInput!) { requestDelegation(input: $input) { id status } }`;
const STEP = (name: string) => `mutation($id: ID!) { ${name}(delegationId: $id) { id status } }`;
const HAND_OUT = `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`;
const AUDIT = `query { passesAuditTrail(first: 50) { edges { node { operation subject organisationId outcome } } } }`;

describe('a vendor key acting for an organisation that delegated to it', () => {
  let stack: Stack;
  let api: ApiSetup;

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  /** The refusal code of a call, or 'OK'. */
  const outcomeOf = (call: Promise<unknown>) => call.then(() => 'OK', (error: unknown) => (error instanceof PartnerApiError ? error.code : String(error)));

  it('redeems a pass at a delegating place once accepted, and no more once the delegation is revoked', async () => {
    const place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!;
    const distributorId = DEMO_PARTNER_IDS.distributors[0];
    const vendorId = DEMO_PARTNER_IDS.distributors[1];
    const programme = await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'DEPARTEMENT', code: '80' }, amount: '5000.00' });
    await signDistributorAgreement(api, programme, distributorId);
    await qualifyPlaceOnTheApi(api, programme, place);
    const { orderId, printed } = await activatedOrderOnTheApi(api, programme, 1);
    const [booklet] = await allocateOnTheApi(api, programme, orderId, distributorId, 1);
    const distributorKey = apiKey(await issuePartnerKey(api, distributorId, 'distributor', [`handout:distributor:${distributorId}`]));
    await api.call(distributorKey, HAND_OUT, { input: { bookletId: booklet.id, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: place.inseeCode, consent: true } } });
    const [first, second] = printed.filter((p) => p.bookletNumber === booklet.number);

    // The vendor — the till software of many places — has a vendor key and asks the place's organisation.
    const vendorPerson: Headers = await api.person({ role: 'distributor', organisationId: vendorId, subject: 'vendor-person' });
    const placePerson: Headers = await api.person({ role: 'place', organisationId: place.organisationId, subject: 'place-person' });
    const issued = await api.call(vendorPerson, ISSUE, { input: { organisationId: vendorId, label: 'Caisse multi-lieux', scopes: ['read:own'], kind: 'VENDOR' } });
    expect(issued.issueCredential.credential.kind).toBe('VENDOR');
    const { requestDelegation } = await api.call(vendorPerson, REQUEST, { input: { vendorOrganisationId: vendorId, organisationId: place.organisationId, scopes: [`redeem:place:${place.id}`] } });
    const till = new PartnerClient({ endpoint: stack.gateway.url, apiKey: issued.issueCredential.secret, onBehalfOf: place.organisationId, retries: 0 });
    const presented = { passNumber: first.number, code: first.code };

    // Pending: the key acts for nobody but the vendor.
    await expect(outcomeOf(till.checkPass(presented, place.id))).resolves.toBe('UNKNOWN_DELEGATION');

    await api.call(placePerson, STEP('acceptDelegation'), { id: requestDelegation.id });
    // The refusal was cached (CACHE_MS): the acceptance is seen once it expires.
    await new Promise((resolve) => setTimeout(resolve, CACHE_MS + 100));
    const redemption = await till.redeemPass(presented, place.id);
    expect(redemption).toMatchObject({ passNumber: first.number, status: 'REDEEMED' });

    // The audit trail names the vendor's key and the organisation it acted for.
    const { passesAuditTrail } = await api.call(programme.staff.manager, AUDIT);
    const entry = passesAuditTrail.edges.map((e: { node: Record<string, string> }) => e.node).find((n: Record<string, string>) => n.operation === 'redeemPass');
    expect(entry).toMatchObject({ subject: `credential:${issued.issueCredential.credential.id}:for:${place.organisationId}`, organisationId: place.organisationId });

    // Revoked by the organisation: refused within the cache lifetime, the same code as never delegated.
    await api.call(placePerson, STEP('revokeDelegation'), { id: requestDelegation.id });
    const revokedAt = Date.now();
    const next = { passNumber: second.number, code: second.code };
    // Within the bound the gateway's cached identity may still act: only checks are made until it is refused.
    let outcome = await outcomeOf(till.checkPass(next, place.id));
    while (outcome !== 'UNKNOWN_DELEGATION' && Date.now() - revokedAt < CACHE_MS + 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      outcome = await outcomeOf(till.checkPass(next, place.id));
    }
    expect(outcome).toBe('UNKNOWN_DELEGATION');
    expect(Date.now() - revokedAt).toBeLessThan(CACHE_MS + 1_000);
    await expect(outcomeOf(till.redeemPass(next, place.id))).resolves.toBe('UNKNOWN_DELEGATION');
    // The second pass was never redeemed.
    const unused = await api.call(programme.staff.manager, `query($pass: PresentedPassInput!) { checkPass(pass: $pass) { status } }`, { pass: next });
    expect(unused.checkPass.status).toBe('HANDED_OUT');
    // An organisation that never delegated answers as a revoked delegation does.
    const elsewhere = new PartnerClient({ endpoint: stack.gateway.url, apiKey: issued.issueCredential.secret, onBehalfOf: DEMO_PARTNER_IDS.distributors[2], retries: 0 });
    await expect(outcomeOf(elsewhere.checkPass(next, place.id))).resolves.toBe('UNKNOWN_DELEGATION');
  }, 120_000);
});
