// A vendor key acting for an organisation (X-On-Behalf-Of): what the gateway asks partners, the
// identity it makes of the answer, its refusals, and how long a revoked delegation still works.
// Partners is a local HTTP server answering verifyCredential from a table the tests change; the
// end-to-end suite runs the real one (e2e/src/partner-kit.e2e-spec.ts).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentitySigner } from '@pass-numerique/service-kit';
import { Authenticator } from './authentication';

const VENDOR = '0a000000-0000-4000-8000-00000000000a';
const ORG = '0b000000-0000-4000-8000-00000000000b';
const OTHER = '0c000000-0000-4000-8000-00000000000c';
const PROGRAMME = '0d000000-0000-4000-8000-00000000000d';
const PLACE = '0e000000-0000-4000-8000-00000000000e';
const CREDENTIAL = '0f000000-0000-4000-8000-00000000000f';
const SECRET = 'pnk_0f000000000040008000000000000000f_secret';

describe('a vendor key acting for an organisation at the gateway', () => {
  let partners: Server;
  let authenticator: Authenticator;
  const asked: Array<{ secret: string; onBehalfOf: string | null }> = [];
  /** The organisations that delegated to the vendor, with their scopes: what partners answers. */
  const delegations = new Map<string, string[]>();

  beforeAll(async () => {
    partners = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const { variables } = JSON.parse(body) as { variables: { secret: string; onBehalfOf: string | null } };
        asked.push(variables);
        const scopes = variables.onBehalfOf ? delegations.get(variables.onBehalfOf) : undefined;
        const verified =
          variables.secret === SECRET
            ? {
                credentialId: CREDENTIAL,
                organisationId: VENDOR,
                scopes: ['read:own'],
                programmeIds: [],
                delegation: scopes ? { organisationId: variables.onBehalfOf, scopes, programmeIds: [PROGRAMME] } : null,
              }
            : null;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { verifyCredential: verified } }));
      });
    });
    await new Promise<void>((resolve) => partners.listen(0, '127.0.0.1', resolve));
    const { port } = partners.address() as AddressInfo;
    authenticator = new Authenticator(
      { issuer: 'https://issuer.test', audience: 'pass-numerique', partnersUrl: `http://127.0.0.1:${port}/graphql`, credentialCacheSeconds: 1 },
      new IdentitySigner('a-secret-of-the-gateway-for-tests'),
    );
  });
  afterAll(() => new Promise<void>((resolve) => partners.close(() => resolve())));
  beforeEach(() => {
    asked.length = 0;
    delegations.clear();
    delegations.set(ORG, [`redeem:place:${PLACE}`]);
  });

  const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("acts as the delegating organisation with the delegation's scopes, the vendor's key kept in the subject", async () => {
    const identity = await authenticator.authenticate(request({ 'x-api-key': SECRET, 'x-on-behalf-of': ORG }));
    expect(identity).toEqual({
      subject: `credential:${CREDENTIAL}:for:${ORG}`,
      organisationId: ORG,
      grants: [{ role: 'place', programmeId: PROGRAMME }],
      scopes: [`redeem:place:${PLACE}`],
    });
    expect(asked).toEqual([{ secret: SECRET, onBehalfOf: ORG }]);
    // A bearer secret carries the header the same way.
    expect(await authenticator.authenticate(request({ authorization: `Bearer ${SECRET}`, 'x-on-behalf-of': ORG }))).toEqual(identity);
    expect(authenticator.isKnown(request({ 'x-api-key': SECRET, 'x-on-behalf-of': ORG }))).toBe(true);
  });

  it('acts for the vendor alone without the header', async () => {
    const identity = await authenticator.authenticate(request({ 'x-api-key': SECRET }));
    expect(identity).toMatchObject({ subject: `credential:${CREDENTIAL}`, organisationId: VENDOR, scopes: ['read:own'], grants: [{ role: 'public' }] });
    expect(asked).toEqual([{ secret: SECRET, onBehalfOf: null }]);
  });

  it('refuses an organisation without a delegation in force with one code, and an unknown key as before', async () => {
    expect(await authenticator.authenticate(request({ 'x-api-key': SECRET, 'x-on-behalf-of': OTHER }))).toMatchObject({ status: 403, code: 'UNKNOWN_DELEGATION' });
    expect(await authenticator.authenticate(request({ 'x-api-key': SECRET, 'x-on-behalf-of': 'not-an-organisation' }))).toMatchObject({ status: 403, code: 'UNKNOWN_DELEGATION' });
    expect(authenticator.isKnown(request({ 'x-api-key': SECRET, 'x-on-behalf-of': OTHER }))).toBe(false);
    expect(await authenticator.authenticate(request({ 'x-api-key': 'pnk_unknown', 'x-on-behalf-of': ORG }))).toMatchObject({ status: 401, code: 'INVALID_CREDENTIAL' });
  });

  it('stops acting for the organisation once its cached answer expires (CREDENTIAL_CACHE_SECONDS) after the delegation is revoked', async () => {
    const headers = { 'x-api-key': SECRET, 'x-on-behalf-of': ORG };
    expect(await authenticator.authenticate(request(headers))).toMatchObject({ organisationId: ORG });
    delegations.delete(ORG);
    // Within the bound the cached identity may still serve (here, 1 s)…
    expect(await authenticator.authenticate(request(headers))).toMatchObject({ organisationId: ORG });
    await sleep(1_100);
    // …and not a moment after it.
    expect(await authenticator.authenticate(request(headers))).toMatchObject({ status: 403, code: 'UNKNOWN_DELEGATION' });
    // The vendor's own identity is cached apart and unaffected.
    expect(await authenticator.authenticate(request({ 'x-api-key': SECRET }))).toMatchObject({ organisationId: VENDOR });
  });
});
