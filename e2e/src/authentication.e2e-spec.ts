// Who may call: people's tokens, partner keys, the anonymous public, and the limits that apply
// to everyone — through the gateway, on the real stack.
import { randomBytes, randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { DEMO_IDS, DEMO_PLACES, DEMO_REGION, FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import { DEFAULT_LIMITS, startGateway, type GatewayConfig, type RunningGateway } from '@pass-numerique/gateway';
import { eventually, personToken, postGraphQL, TEST_IDENTITY_SECRET, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER, testPeopleKeys } from '@pass-numerique/testing';
import { startStack, type Stack } from './stack';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const OPEN = `mutation($input: OpenProgrammeInput!) { openProgramme(input: $input) { id code } }`;

function programmeInput(code: string) {
  const { deliberation, authorisation } = FOUNDING_DECISION;
  return {
    code,
    name: `Programme ${code}`,
    ownerOrganisationId: DEMO_REGION.organisationId,
    perimeter: { level: 'DEPARTEMENT', code: '62' },
    startsOn: '2024-01-01',
    endsOn: '2025-12-31',
    deliberation: { ...deliberation, id: undefined },
    authorisation: { kind: 'AE', amount: '100.00', budgetYear: 2024, imputation: authorisation.imputation, schedule: [{ budgetYear: 2024, amount: '100.00' }] },
  };
}

/** A gateway of its own in front of the stack's subgraphs, with other limits. */
async function gatewayWith(stack: Stack, limits: Partial<GatewayConfig['limits']>): Promise<RunningGateway> {
  return startGateway({
    port: 0,
    host: '127.0.0.1',
    mode: 'production',
    subgraphUrls: Object.fromEntries(Object.entries(stack.services).map(([name, s]) => [name, s!.url])) as never,
    internalIdentitySecret: TEST_IDENTITY_SECRET,
    subgraphTimeoutMs: 5_000,
    trustedProxies: [],
    auth: { issuer: TEST_TOKEN_ISSUER, audience: TEST_TOKEN_AUDIENCE, jwks: (await testPeopleKeys()).jwks, credentialCacheSeconds: 1 },
    limits: { ...DEFAULT_LIMITS, ...limits },
    logLevel: 'silent',
  });
}

describe('authentication and limits at the gateway', () => {
  let stack: Stack;
  let manager: Record<string, string>;
  const managerOf = async (programmeId: string) => bearer(await personToken({ role: 'programme_manager', programmeId, organisationId: DEMO_REGION.organisationId }));

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false, funding: false } });
    manager = await managerOf(DEMO_IDS.programme);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  describe('people', () => {
    it('a programme manager with a valid token may write; the anonymous public may not', async () => {
      const signedIn = await stack.query(OPEN, { input: programmeInput('AUTH-PM-1') }, manager);
      expect(signedIn.errors).toBeUndefined();
      expect(signedIn.data.openProgramme.code).toBe('AUTH-PM-1');
      const anonymous = await stack.query(OPEN, { input: programmeInput('AUTH-ANON-1') });
      expect(anonymous.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses an expired token with 401 TOKEN_EXPIRED', async () => {
      const expired = await personToken({ role: 'programme_manager', programmeId: DEMO_IDS.programme }, { expiresInSeconds: -60 });
      const response = await stack.query('{ programmes { code } }', {}, bearer(expired));
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('TOKEN_EXPIRED');
      expect(response.data).toBeUndefined();
    });

    it('refuses a forged token, a token for another audience and a malformed header with 401 INVALID_TOKEN', async () => {
      const forger = await generateKeyPair('ES256');
      const forged = await new SignJWT({ roles: [`programme_manager:${DEMO_IDS.programme}`] })
        .setProtectedHeader({ alg: 'ES256', kid: 'test' })
        .setSubject('mallory')
        .setIssuer(TEST_TOKEN_ISSUER)
        .setAudience(TEST_TOKEN_AUDIENCE)
        .setExpirationTime('5m')
        .sign(forger.privateKey);
      const otherAudience = await personToken({ role: 'programme_manager', programmeId: DEMO_IDS.programme }, { audience: 'another-api' });
      const noneAlg = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(`{"roles":["programme_manager:${DEMO_IDS.programme}"],"sub":"x"}`).toString('base64url')}.`;
      for (const headers of [bearer(forged), bearer(otherAudience), bearer(noneAlg), { authorization: 'Basic abc' }]) {
        const response = await stack.query(OPEN, { input: programmeInput('AUTH-FORGED') }, headers);
        expect(response.status).toBe(401);
        expect(response.errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
      }
      const { data } = await stack.query(`{ programmeByCode(code: "AUTH-FORGED") { id } }`);
      expect(data.programmeByCode).toBeNull();
    });
  });

  describe('audit trail', () => {
    it("records every state-changing call with who, when, the ids it named, the programme and how it ended, and nothing personal; staff read their programmes' entries only", async () => {
      const input = programmeInput('AUTH-AUDIT-1');
      const opened = await stack.query(OPEN, { input }, manager);
      expect(opened.errors).toBeUndefined();
      const programmeId = opened.data.openProgramme.id;
      const ownManager = await managerOf(programmeId);
      const PLAN = `mutation($input: SetFundingPlanInput!) { setFundingPlan(input: $input) { balanced } }`;
      const plan = { programmeId, coFunders: [{ organisationId: DEMO_REGION.organisationId, displayName: 'Région', kind: 'OWN_FUNDS', rule: 'REMAINDER', planned: '100.00', status: 'GRANTED' }] };
      expect((await stack.query(PLAN, { input: plan }, ownManager)).errors).toBeUndefined();
      // Refused: the public may not, and the manager of another programme finds no such programme.
      await stack.query(PLAN, { input: plan });
      expect((await stack.query(PLAN, { input: plan }, manager)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const TRAIL = `{ fundingAuditTrail(first: 20) { totalCount edges { node { at operation subject roles programmeIds targets outcome service } } } }`;
      const { data, errors } = await stack.query(TRAIL, {}, ownManager);
      expect(errors).toBeUndefined();
      const entries = data.fundingAuditTrail.edges.map((e: { node: unknown }) => e.node);
      expect(entries).toEqual([
        expect.objectContaining({ operation: 'setFundingPlan', subject: 'person-programme_manager', roles: ['programme_manager'], programmeIds: [programmeId], targets: expect.arrayContaining([programmeId]), outcome: 'OK', service: 'funding' }),
        expect.objectContaining({ operation: 'openProgramme', programmeIds: [programmeId], outcome: 'OK' }),
      ]);
      expect(JSON.stringify(entries)).not.toContain(input.name);
      expect(JSON.stringify(entries)).not.toContain(input.deliberation.chair);

      // The manager of the demo programme sees none of it; the public and auditors may not read trails.
      const other = await stack.query(TRAIL, {}, manager);
      expect(JSON.stringify(other.data.fundingAuditTrail)).not.toContain(programmeId);
      const denied = await stack.query(TRAIL);
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const auditor = await stack.query(TRAIL, {}, bearer(await personToken({ role: 'funder_auditor', programmeId })));
      expect(auditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('partner software', () => {
    it('authenticates with a key issued by partners, and is refused within seconds of its revocation', async () => {
      const place = DEMO_PLACES[0];
      const placeStaff = bearer(await personToken({ role: 'place', organisationId: place.organisationId }));
      const issued = await stack.query(
        `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret credential { id } } }`,
        { input: { organisationId: place.organisationId, label: 'Caisse de la médiathèque', scopes: [`redeem:place:${place.id}`] } },
        placeStaff,
      );
      expect(issued.errors).toBeUndefined();
      const { secret, credential } = issued.data.issueCredential;
      const OWN = `query($id: ID!) { organisation(id: $id) { credentials { id status } } }`;

      const asPartner = await stack.query(OWN, { id: place.organisationId }, { 'x-api-key': secret });
      expect(asPartner.errors).toBeUndefined();
      expect(asPartner.data.organisation.credentials.map((c: { id: string }) => c.id)).toContain(credential.id);
      const asBearer = await stack.query(OWN, { id: place.organisationId }, bearer(secret));
      expect(asBearer.data.organisation.credentials).not.toBeNull();

      const wrong = await stack.query(OWN, { id: place.organisationId }, { 'x-api-key': `${secret.slice(0, -4)}AAAA` });
      expect(wrong.status).toBe(401);
      expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIAL');

      const revoked = await stack.query(`mutation($id: ID!) { revokeCredential(credentialId: $id) { status } }`, { id: credential.id }, placeStaff);
      expect(revoked.errors).toBeUndefined();
      const startedAt = Date.now();
      await eventually(async () => (await stack.query(OWN, { id: place.organisationId }, { 'x-api-key': secret })).status === 401, 5_000, 'the revoked key refused');
      expect(Date.now() - startedAt).toBeLessThan(3_000);
    });
  });

  describe('limits', () => {
    it('refuses an over-deep query and an alias bomb at the gateway with a code', async () => {
      let deep = '{ name }';
      for (let i = 0; i < 14; i++) deep = `{ ancestors ${deep} }`;
      const tooDeep = await stack.query(`{ territory(level: COMMUNE, code: "80620") ${deep} }`);
      expect(tooDeep.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(tooDeep.errors?.[0].message).toMatch(/depth/i);

      const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: programmes { code }`).join(' ');
      const bomb = await stack.query(`{ ${aliases} }`);
      expect(bomb.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(bomb.errors?.[0].message).toMatch(/alias/i);
    });

    it('refuses a request body over the limit with 413', async () => {
      const huge = `{ programmes { code } } # ${'x'.repeat(DEFAULT_LIMITS.maxBodyBytes)}`;
      const response = await stack.query(huge);
      expect(response.status).toBe(413);
      expect(response.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('limits each client’s rate with 429 and Retry-After, and other clients are not affected', async () => {
      const strict = await gatewayWith(stack, { requestsPerMinute: 12 });
      try {
        const statuses: number[] = [];
        let retryAfter: string | null = null;
        for (let i = 0; i < 4; i++) {
          const response = await fetch(strict.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ programmes { code } }' }) });
          statuses.push(response.status);
          if (response.status === 429) retryAfter = response.headers.get('retry-after');
        }
        expect(statuses.slice(0, 2)).toEqual([200, 200]);
        expect(statuses).toContain(429);
        expect(Number(retryAfter)).toBeGreaterThan(0);
        const other = await postGraphQL(strict.url, '{ programmes { code } }', {}, manager);
        expect(other.status).toBe(200);
      } finally {
        await strict.stop();
      }
    });

    it('stops a flood of forged tokens or random partner keys by address before verifying them, and lets the others in', async () => {
      const forger = await generateKeyPair('ES256');
      const forgedToken = () =>
        new SignJWT({ roles: [`programme_manager:${randomUUID()}`] })
          .setProtectedHeader({ alg: 'ES256', kid: 'test' })
          .setSubject(`mallory-${randomUUID()}`)
          .setIssuer(TEST_TOKEN_ISSUER)
          .setAudience(TEST_TOKEN_AUDIENCE)
          .setExpirationTime('5m')
          .sign(forger.privateKey);
      const randomKey = () => `pnk_${randomBytes(24).toString('base64url')}`;
      for (const [what, headersOf] of [
        ['forged tokens', async () => bearer(await forgedToken())],
        ['random partner keys', async () => ({ 'x-api-key': randomKey() })],
      ] as const) {
        const gateway = await gatewayWith(stack, { authenticationFailuresPerMinute: 60 });
        try {
          // A page that sends fifty requests at once with a fresh, valid token is not a flood: one check, fifty answers.
          const fresh = await managerOf(randomUUID());
          const page = await Promise.all(Array.from({ length: 50 }, () => postGraphQL(gateway.url, '{ programmes { code } }', {}, fresh)));
          expect(page.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
          expect((await postGraphQL(gateway.url, '{ programmes { code } }', {}, manager)).status).toBe(200);
          const floods = await Promise.all(Array.from({ length: 150 }, async () => headersOf()));
          const attempts = await Promise.all(floods.map((headers) => postGraphQL(gateway.url, '{ programmes { code } }', {}, headers)));
          const statuses = attempts.map((a) => a.status);
          // A burst of ten is checked, all at once as they come; the others are refused before any verification.
          const checked = statuses.filter((s) => s === 401).length;
          // The bucket refills by one a second while the flood is answered.
          expect({ what, checkedABurst: checked >= 10 && checked <= 12, rest: statuses.filter((s) => s === 429).length }).toEqual({ what, checkedABurst: true, rest: 150 - checked });
          expect(attempts.find((a) => a.status === 429)?.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
          // The address is held for credentials it has not shown before; the public and a token
          // already verified still get in.
          expect((await postGraphQL(gateway.url, '{ programmes { code } }')).status).toBe(200);
          expect((await postGraphQL(gateway.url, '{ programmes { code } }', {}, manager)).status).toBe(200);
          // The burst is spent for a minute; what is left is one new credential a second, so of
          // five sent at once at most two (across a second's boundary) are verified.
          const unseen = await Promise.all(Array.from({ length: 5 }, () => managerOf(randomUUID())));
          const afterFlood = await Promise.all(unseen.map((headers) => postGraphQL(gateway.url, '{ programmes { code } }', {}, headers)));
          expect(afterFlood.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(3);
        } finally {
          await gateway.stop();
        }
      }
    });

    it('in production, keeps introspection from anonymous callers but not from signed-in people', async () => {
      const anonymous = await stack.query('{ __schema { queryType { name } } }');
      expect(anonymous.errors?.[0].extensions?.code).toBe('INTROSPECTION_DISABLED');
      const signedIn = await stack.query('{ __schema { queryType { name } } }', {}, manager);
      expect(signedIn.data.__schema.queryType.name).toBe('Query');
    });
  });
});
