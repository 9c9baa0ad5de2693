// The partner integration kit's example client, run end to end through the gateway: the same
// journey `npm run example:partner` runs against `npm start`.
import { DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { runPartnerJourney } from '@pass-numerique/partner-client-example';
import { parseGrant } from '@pass-numerique/service-kit';
import { personToken } from '@pass-numerique/testing';
import { startStack, type Stack } from './stack';

describe('partner integration kit: the example client end to end', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('lets a distributor hand a pass out and a place check and redeem it exactly once, retries included', async () => {
    const place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!;
    const outcome = await runPartnerJourney({
      endpoint: stack.gateway.url,
      signIn: (person) => personToken({ organisationId: person.organisationId, grants: person.roles.map(parseGrant).filter((g) => g !== undefined) }),
      authorityOrganisationId: DEMO_REGION.organisationId,
      distributorOrganisationId: DEMO_PARTNER_IDS.distributors[0],
      place: { id: place.id, organisationId: place.organisationId, departement: '80', iban: place.iban },
      residenceInseeCode: place.inseeCode,
    });
    expect(outcome.checkBefore).toEqual({ redeemable: true, faceValue: '10.00' });
    expect(outcome.retryReturnedSameRedemption).toBe(true);
    expect(outcome.secondRedemptionRefusal).toBe('ALREADY_REDEEMED');
    expect(outcome.checkAfter).toEqual({ redeemable: false, refusal: 'ALREADY_REDEEMED' });
    expect(outcome.returnedBookletState).toBe('IN_STOCK');
  });
});
