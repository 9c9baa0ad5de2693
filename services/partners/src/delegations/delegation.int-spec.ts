// Integration: delegations from organisations to software vendors on a real PostgreSQL and NATS —
// request, accept, decline, revoke, who may take which step, and what a vendor key is verified as.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { dataOf, managerOf, placeStaffOf, qualify, registerOrganisation, registerPlace, told } from '../testing/partners-test-kit';

const REQUEST = `mutation($input: RequestDelegationInput!) { requestDelegation(input: $input) { id status scopes requestedAt vendor { id } organisation { id } history { status at by side } } }`;
const STEP = (name: string) => `mutation($id: ID!) { ${name}(delegationId: $id) { id status history { status at by side } } }`;
const LISTS = `query($id: ID!) { organisation(id: $id) { delegationsGranted { id status } delegationsReceived { id status } } }`;
const ISSUE = `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret credential { id kind } } }`;
const WEBHOOK = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }`;
const DELIVERIES = `query($id: ID!) { webhook(id: $id) { deliveries { edges { node { event payload } } } } }`;

describe('partners subgraph: delegations to software vendors', () => {
  const clock = new ManualClock('2025-03-01T09:00:00Z');
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false, credentialPepper: 'a-test-pepper-that-is-long-enough-0123456789' }, { clock });
  const programmeId = randomUUID();
  let vendorId: string;
  let organisationId: string;
  let placeId: string;
  let vendorPerson: Identity;
  let organisationPerson: Identity;
  let vendorSecret: string;

  beforeAll(async () => {
    vendorId = await registerOrganisation(service.url);
    organisationId = await registerOrganisation(service.url);
    placeId = await registerPlace(service.url, organisationId);
    await qualify(service.url, placeId, organisationId, programmeId);
    vendorPerson = caller('distributor', { organisationId: vendorId, subject: 'person-at-the-vendor' });
    organisationPerson = placeStaffOf(organisationId, { subject: 'person-at-the-centre' });
    const issued = await dataOf(callSubgraph(service.url, ISSUE, { input: { organisationId: vendorId, label: 'Logiciel de caisse', scopes: ['read:own'], kind: 'VENDOR' } }, vendorPerson));
    expect(issued.issueCredential.credential.kind).toBe('VENDOR');
    vendorSecret = issued.issueCredential.secret;
  });

  const request = (input: Record<string, unknown> = {}, as: Identity = vendorPerson) =>
    callSubgraph(service.url, REQUEST, { input: { vendorOrganisationId: vendorId, organisationId, scopes: [`redeem:place:${placeId}`], ...input } }, as);
  const step = (name: string, id: string, as: Identity) => callSubgraph(service.url, STEP(name), { id }, as);
  const verify = (secret: string, onBehalfOf?: string) => service.services.delegations.verifyCredential(secret, onBehalfOf);
  const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0].extensions;

  it('lets a vendor key act for the organisation, with the delegated scopes, from acceptance until revocation', async () => {
    const asked = (await dataOf(request())).requestDelegation;
    expect(asked).toMatchObject({
      status: 'PENDING',
      scopes: [`redeem:place:${placeId}`],
      vendor: { id: vendorId },
      organisation: { id: organisationId },
      history: [{ status: 'PENDING', at: '2025-03-01T09:00:00.000Z', by: 'person-at-the-vendor', side: 'VENDOR' }],
    });
    expect((await verify(vendorSecret, organisationId))?.delegation).toBeNull();
    const requested = await eventually(async () => {
      const last = await lastPublishedEvent(service.bus, 'partners.delegation.requested.v1');
      return last?.payload.delegationId === asked.id ? last : undefined;
    }, 10_000, 'the delegation-requested event');
    expect(requested.payload).toEqual({ delegationId: asked.id, vendorOrganisationId: vendorId, organisationId, scopes: [`redeem:place:${placeId}`], at: '2025-03-01T09:00:00.000Z' });

    // Each side lists it; nobody else sees either list.
    expect((await dataOf(callSubgraph(service.url, LISTS, { id: organisationId }, organisationPerson))).organisation.delegationsGranted).toEqual([{ id: asked.id, status: 'PENDING' }]);
    expect((await dataOf(callSubgraph(service.url, LISTS, { id: vendorId }, vendorPerson))).organisation.delegationsReceived).toEqual([{ id: asked.id, status: 'PENDING' }]);
    const stranger = await callSubgraph(service.url, LISTS, { id: organisationId }, vendorPerson);
    expect(stranger).toMatchObject({ data: { organisation: { delegationsGranted: null, delegationsReceived: null } } });

    clock.set('2025-03-02T10:00:00Z');
    const accepted = (await dataOf(step('acceptDelegation', asked.id, organisationPerson))).acceptDelegation;
    expect(accepted.status).toBe('ACTIVE');
    expect(accepted.history[1]).toEqual({ status: 'ACTIVE', at: '2025-03-02T10:00:00.000Z', by: 'person-at-the-centre', side: 'ORGANISATION' });

    const verified = await verify(vendorSecret, organisationId);
    expect(verified).toMatchObject({ organisationId: vendorId, scopes: ['read:own'], kind: 'VENDOR' });
    expect(verified?.delegation).toEqual({ delegationId: asked.id, organisationId, scopes: [`redeem:place:${placeId}`], programmeIds: [programmeId] });
    // Without the header the key acts for the vendor only.
    expect((await verify(vendorSecret))?.delegation).toBeNull();
    expect((await verify(vendorSecret, 'not-an-id'))?.delegation).toBeNull();

    clock.set('2025-03-03T11:00:00Z');
    const revoked = (await dataOf(step('revokeDelegation', asked.id, vendorPerson))).revokeDelegation;
    expect(revoked.status).toBe('REVOKED');
    expect(revoked.history[2]).toEqual({ status: 'REVOKED', at: '2025-03-03T11:00:00.000Z', by: 'person-at-the-vendor', side: 'VENDOR' });
    // At once: partners looks the delegation up on every verification (the gateway caches its answer CREDENTIAL_CACHE_SECONDS).
    expect((await verify(vendorSecret, organisationId))?.delegation).toBeNull();
    expect(codeOf(await step('revokeDelegation', asked.id, organisationPerson))).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(codeOf(await step('acceptDelegation', asked.id, organisationPerson))).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('declines, and a declined or pending delegation gives a vendor key nothing; an organisation revokes what it accepted', async () => {
    const asked = (await dataOf(request({ scopes: ['read:own', `handout:distributor:${organisationId}`] }))).requestDelegation;
    expect(codeOf(await request())).toMatchObject({ code: 'DELEGATION_EXISTS' });
    const declined = (await dataOf(step('declineDelegation', asked.id, organisationPerson))).declineDelegation;
    expect(declined.status).toBe('DECLINED');
    expect(declined.history.map((s: { side: string }) => s.side)).toEqual(['VENDOR', 'ORGANISATION']);
    expect((await verify(vendorSecret, organisationId))?.delegation).toBeNull();
    expect(codeOf(await step('acceptDelegation', asked.id, organisationPerson))).toMatchObject({ code: 'INVALID_TRANSITION' });

    const again = (await dataOf(request())).requestDelegation;
    await dataOf(step('acceptDelegation', again.id, organisationPerson));
    expect((await verify(vendorSecret, organisationId))?.delegation?.delegationId).toBe(again.id);
    const revoked = (await dataOf(step('revokeDelegation', again.id, organisationPerson))).revokeDelegation;
    expect(revoked.history.at(-1)).toMatchObject({ status: 'REVOKED', side: 'ORGANISATION', by: 'person-at-the-centre' });
    expect((await verify(vendorSecret, organisationId))?.delegation).toBeNull();
  });

  it("gives an organisation's own key nothing of another organisation, even with a delegation to its organisation", async () => {
    const own = (await dataOf(callSubgraph(service.url, ISSUE, { input: { organisationId: vendorId, label: 'Clé propre', scopes: ['read:own'] } }, vendorPerson))).issueCredential;
    expect(own.credential.kind).toBe('ORGANISATION');
    const asked = (await dataOf(request())).requestDelegation;
    await dataOf(step('acceptDelegation', asked.id, organisationPerson));
    expect((await verify(own.secret, organisationId))?.delegation).toBeNull();
    expect((await verify(vendorSecret, organisationId))?.delegation).not.toBeNull();
    await dataOf(step('revokeDelegation', asked.id, organisationPerson));
  });

  it("acts with a sandbox vendor key only in the organisation's sandbox programme, with a live one never there", async () => {
    const sandbox = (await dataOf(callSubgraph(service.url, `mutation($id: ID!) { createSandbox(organisationId: $id) { programmeId } }`, { id: organisationId }, organisationPerson))).createSandbox;
    const testKey = (
      await dataOf(callSubgraph(service.url, ISSUE, { input: { organisationId: vendorId, label: 'Caisse de test', scopes: ['read:own'], kind: 'VENDOR', environment: 'SANDBOX' } }, vendorPerson))
    ).issueCredential.secret;
    const asked = (await dataOf(request())).requestDelegation;
    await dataOf(step('acceptDelegation', asked.id, organisationPerson));
    expect((await verify(testKey, organisationId))?.delegation?.programmeIds).toEqual([sandbox.programmeId]);
    expect((await verify(vendorSecret, organisationId))?.delegation?.programmeIds).toEqual([programmeId]);
    await dataOf(step('revokeDelegation', asked.id, organisationPerson));
  });

  it('refuses scopes beyond what the organisation could give its own keys, a delegation to oneself, and partner software', async () => {
    const elsewhere = await registerOrganisation(service.url);
    const theirPlace = await registerPlace(service.url, elsewhere);
    expect(codeOf(await request({ scopes: [`redeem:place:${theirPlace}`] }))).toMatchObject({ code: 'INVALID_SCOPE', field: 'scopes.0' });
    expect(codeOf(await request({ scopes: ['read:own', `handout:distributor:${vendorId}`] }))).toMatchObject({ code: 'INVALID_SCOPE', field: 'scopes.1' });
    expect(codeOf(await request({ scopes: ['launch:missiles'] }))).toMatchObject({ code: 'INVALID_SCOPE' });
    expect(codeOf(await request({ scopes: [] }))).toMatchObject({ code: 'INVALID_SCOPE' });
    expect(codeOf(await request({ organisationId: vendorId, scopes: ['read:own'] }))).toMatchObject({ code: 'SELF_DELEGATION' });
    expect(codeOf(await request({ organisationId: randomUUID() }))).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
    const software = caller('distributor', { subject: `credential:${randomUUID()}`, organisationId: vendorId, programmeId: randomUUID(), scopes: ['read:own'] });
    expect(codeOf(await request({}, software))).toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await service.dataSource.query(`SELECT count(*)::int AS open FROM partner_delegation WHERE status IN ('PENDING', 'ACTIVE')`);
    expect(row.open).toBe(0);
  });

  it("answers another organisation's delegation, and the wrong side's step, exactly as a missing one, and changes nothing", async () => {
    const asked = (await dataOf(request())).requestDelegation;
    const thirdParty = placeStaffOf(await registerOrganisation(service.url));
    const strangers = [thirdParty, caller('distributor', { organisationId: randomUUID() }), managerOf(programmeId, { organisationId: randomUUID() })];
    for (const stranger of strangers) {
      for (const name of ['acceptDelegation', 'declineDelegation', 'revokeDelegation']) {
        const missing = randomUUID();
        const theirs = await step(name, asked.id, stranger);
        expect(codeOf(theirs)).toMatchObject({ code: 'NOT_FOUND', field: 'delegationId' });
        expect(told(theirs, asked.id)).toEqual(told(await step(name, missing, stranger), missing));
      }
      // Another vendor may not ask in this vendor's name.
      const forThem = await request({}, stranger);
      expect(codeOf(forThem)).toMatchObject({ code: 'NOT_FOUND', field: 'vendorOrganisationId' });
    }
    // The vendor that asked may not answer its own request.
    for (const name of ['acceptDelegation', 'declineDelegation']) {
      const missing = randomUUID();
      expect(told(await step(name, asked.id, vendorPerson), asked.id)).toEqual(told(await step(name, missing, vendorPerson), missing));
    }
    const [row] = await service.dataSource.query(`SELECT status FROM partner_delegation WHERE id = $1`, [asked.id]);
    expect(row.status).toBe('PENDING');
    await dataOf(step('revokeDelegation', asked.id, vendorPerson));
  });

  it("tells the organisation's webhook of a request and the vendor's of its answer", async () => {
    const hook = async (of: string, as: Identity, events: string[]) =>
      (await dataOf(callSubgraph(service.url, WEBHOOK, { input: { organisationId: of, url: 'https://hooks.example.org/pass', events } }, as))).registerWebhook.webhook.id;
    const organisationHook = await hook(organisationId, organisationPerson, ['delegation.requested', 'delegation.revoked']);
    const vendorHook = await hook(vendorId, vendorPerson, ['delegation.accepted', 'delegation.revoked']);
    const asked = (await dataOf(request())).requestDelegation;
    await dataOf(step('acceptDelegation', asked.id, organisationPerson));
    await dataOf(step('revokeDelegation', asked.id, organisationPerson));
    const eventsOf = async (webhookId: string, as: Identity) => {
      const { webhook } = await dataOf(callSubgraph(service.url, DELIVERIES, { id: webhookId }, as));
      return webhook.deliveries.edges
        .map((e: { node: { event: string; payload: string } }) => e.node)
        .filter((n: { payload: string }) => JSON.parse(n.payload).data.delegationId === asked.id)
        .map((n: { event: string }) => n.event)
        .sort();
    };
    await eventually(async () => ((await eventsOf(organisationHook, organisationPerson)).length === 2 ? true : undefined), 10_000, "the organisation's deliveries");
    expect(await eventsOf(organisationHook, organisationPerson)).toEqual(['delegation.requested', 'delegation.revoked']);
    await eventually(async () => ((await eventsOf(vendorHook, vendorPerson)).length === 2 ? true : undefined), 10_000, "the vendor's deliveries");
    expect(await eventsOf(vendorHook, vendorPerson)).toEqual(['delegation.accepted', 'delegation.revoked']);
  });
});
