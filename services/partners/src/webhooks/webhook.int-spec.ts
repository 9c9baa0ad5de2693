// Integration: managing webhooks — who may, what is refused, secrets shown once and stored
// encrypted, rotation with two signatures, disabling, the delivery log's pages, deletion.
import { randomUUID } from 'node:crypto';
import { Reach, type Identity } from '@pass-numerique/service-kit';
import { systemClock } from '@pass-numerique/kernel';
import { caller, callSubgraph, deleteTestStreams, dropDatabase, eventually, testServiceConfig } from '@pass-numerique/testing';
import { webhookSecretKeyOf } from '../config';
import { startPartnersService } from '../server';
import { ANONYMOUS, managerOf, placeStaffOf, registerOrganisation, told } from '../testing/partners-test-kit';
import { startLocalReceiver, type LocalReceiver } from './local-receiver.test-support';
import { verifyWebhookSignature } from './verify-signature';
import { WebhookService } from './webhook.service';

const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id url events status createdAt secretRotatedAt secretRotationEndsAt } } }`;
const PING = `mutation($id: ID!) { pingWebhook(webhookId: $id) { id event status } }`;

describe('partners subgraph: managing webhooks', () => {
  const config = { ...testServiceConfig('partners'), loadDemoData: false, webhookSecretKey: 'a-test-webhook-key-that-is-long-enough-0123' };
  let service: Awaited<ReturnType<typeof startPartnersService>>;
  let receiver: LocalReceiver;
  let organisationId: string;
  let member: Identity;

  beforeAll(async () => {
    service = await startPartnersService(config, { webhookDelivery: { pollIntervalMs: 100 } });
    receiver = await startLocalReceiver();
    organisationId = await newOrganisation();
    member = placeStaffOf(organisationId, { subject: 'person-at-the-centre' });
  });
  afterAll(async () => {
    await service?.stop();
    await receiver?.close();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  const newOrganisation = () => registerOrganisation(service.url);
  const register = (input: Record<string, unknown>, as: Identity = member) => callSubgraph(service.url, REGISTER, { input: { organisationId, url: receiver.url, events: ['place.suspended'], ...input } }, as);
  const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0].extensions;

  it("registers a webhook whose secret is shown once and kept only encrypted; the organisation's people see it, no one else", async () => {
    const { data, errors } = await register({ events: ['place.suspended', 'statement.paid', 'place.suspended'] });
    expect(errors).toBeUndefined();
    const { secret, webhook } = data.registerWebhook;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhook).toMatchObject({ url: receiver.url, events: ['place.suspended', 'statement.paid'], status: 'ACTIVE', secretRotatedAt: null, secretRotationEndsAt: null });
    const [row] = await service.dataSource.query(`SELECT row_to_json(w)::text AS everything FROM webhook_subscription w WHERE id = $1`, [webhook.id]);
    expect(row.everything).not.toContain(secret.slice(6));

    const LIST = `query($id: ID!, $w: ID!) { organisation(id: $id) { webhooks { id url } } webhook(id: $w) { id events } }`;
    const asMember = await callSubgraph(service.url, LIST, { id: organisationId, w: webhook.id }, member);
    expect(asMember.data.organisation.webhooks).toContainEqual({ id: webhook.id, url: receiver.url });
    expect(asMember.data.webhook.id).toBe(webhook.id);
    expect(JSON.stringify(asMember.data)).not.toContain('whsec_');
    // A manager of the authority that runs a programme is one of its own people too, for its own webhooks only.
    const ownManager = managerOf(randomUUID(), { organisationId });
    expect((await callSubgraph(service.url, LIST, { id: organisationId, w: webhook.id }, ownManager)).data.webhook.id).toBe(webhook.id);

    const elsewhere = await newOrganisation();
    for (const stranger of [placeStaffOf(elsewhere), caller('distributor', { organisationId: elsewhere }), managerOf(randomUUID(), { organisationId: elsewhere })]) {
      const asStranger = await callSubgraph(service.url, LIST, { id: organisationId, w: webhook.id }, stranger);
      expect(asStranger).toMatchObject({ data: { organisation: { webhooks: null }, webhook: null } });
      expect(asStranger.errors).toBeUndefined();
    }
  });

  it('refuses partner software, auditors and the public, whatever their organisation, and writes nothing', async () => {
    const software = caller('place', { subject: 'credential:0b9d1c52-6a43-4f7e-8a47-3b5f0f6f2a10', organisationId, programmeId: randomUUID(), scopes: ['read:own'] });
    const auditor = caller('funder_auditor', { programmeId: randomUUID(), organisationId });
    const before = (await service.dataSource.query(`SELECT count(*)::int AS n FROM webhook_subscription`))[0].n;
    for (const who of [software, auditor, ANONYMOUS]) expect(codeOf(await register({}, who))?.code).toBe('FORBIDDEN');
    const { webhook } = (await register({})).data.registerWebhook;
    const LIST = `query($id: ID!, $w: ID!) { organisation(id: $id) { webhooks { id } } webhook(id: $w) { id } }`;
    expect((await callSubgraph(service.url, LIST, { id: organisationId, w: webhook.id }, software)).data).toEqual({ organisation: { webhooks: null }, webhook: null });
    expect(codeOf(await callSubgraph(service.url, PING, { id: webhook.id }, software))?.code).toBe('FORBIDDEN');
    expect((await service.dataSource.query(`SELECT count(*)::int AS n FROM webhook_subscription`))[0].n).toBe(before + 1);
  });

  it("answers another organisation's webhooks, deliveries and organisation exactly as missing ones, for every operation, and changes nothing", async () => {
    const { webhook } = (await register({})).data.registerWebhook;
    const delivery = (await callSubgraph(service.url, PING, { id: webhook.id }, member)).data.pingWebhook.id;
    await service.dataSource.query(`UPDATE webhook_delivery SET next_attempt_at = now() + interval '1 day' WHERE id = $1 AND delivered_at IS NULL`, [delivery]);
    const stateOf = async () =>
      (
        await service.dataSource.query(
          `SELECT w.status, w.secret_rotated_at, w.secret_ciphertext, (SELECT count(*)::int FROM webhook_delivery d WHERE d.subscription_id = w.id) AS deliveries FROM webhook_subscription w WHERE w.id = $1`,
          [webhook.id],
        )
      )[0];
    const before = await stateOf();
    const elsewhere = await newOrganisation();
    const operations: Array<[string, string]> = [
      [`mutation($id: ID!) { rotateWebhookSecret(webhookId: $id) { secret } }`, webhook.id],
      [`mutation($id: ID!) { disableWebhook(webhookId: $id) { id } }`, webhook.id],
      [`mutation($id: ID!) { enableWebhook(webhookId: $id) { id } }`, webhook.id],
      [`mutation($id: ID!) { deleteWebhook(webhookId: $id) }`, webhook.id],
      [PING, webhook.id],
      [`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`, delivery],
      [`query($id: ID!) { webhook(id: $id) { id url } }`, webhook.id],
      [`mutation($id: ID!) { registerWebhook(input: { organisationId: $id, url: "${receiver.url}", events: ["place.suspended"] }) { secret } }`, organisationId],
    ];
    for (const stranger of [placeStaffOf(elsewhere), caller('distributor', { organisationId: elsewhere }), managerOf(randomUUID(), { organisationId: elsewhere })]) {
      for (const [operation, id] of operations) {
        const missing = randomUUID();
        const theirs = await callSubgraph(service.url, operation, { id }, stranger);
        expect(told(theirs, id)).toEqual(told(await callSubgraph(service.url, operation, { id: missing }, stranger), missing));
        if (theirs.errors) expect(theirs.errors[0].extensions?.code).toBe('NOT_FOUND');
        else expect(theirs.data).toEqual({ webhook: null });
      }
    }
    expect(await stateOf()).toEqual(before);
  });

  it('refuses bad input with coded errors and writes nothing', async () => {
    const before = (await service.dataSource.query(`SELECT count(*)::int AS n FROM webhook_subscription`))[0].n;
    expect(codeOf(await register({ events: ['place.suspended', 'place.exploded'] }))).toMatchObject({ code: 'UNKNOWN_WEBHOOK_EVENT', field: 'events.1' });
    expect(codeOf(await register({ events: [] }))).toMatchObject({ code: 'UNKNOWN_WEBHOOK_EVENT', field: 'events' });
    expect(codeOf(await register({ events: ['webhook.ping'] }))).toMatchObject({ code: 'UNKNOWN_WEBHOOK_EVENT', field: 'events.0' });
    for (const url of ['http://example.org/hook', 'ftp://example.org/hook', 'https://user:secret@example.org/hook', 'nonsense']) {
      expect(codeOf(await register({ url }))).toMatchObject({ code: 'INVALID_WEBHOOK_URL', field: 'url' });
    }
    expect(codeOf(await register({ organisationId: 'not-an-id' }))).toMatchObject({ code: 'INVALID_ID', field: 'organisationId' });
    expect(codeOf(await register({ organisationId: '0b9d1c52-6a43-4f7e-8a47-3b5f0f6f2a10' }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'organisationId',
    });
    expect((await service.dataSource.query(`SELECT count(*)::int AS n FROM webhook_subscription`))[0].n).toBe(before);
  });

  it('in production mode, refuses plain http even to localhost, and private or reserved hosts', async () => {
    const production = new WebhookService(service.dataSource, service.services.webhookRepository, systemClock, { secretKey: webhookSecretKeyOf(config), allowLocalHttp: false });
    const reach = new Reach(member, ['place']);
    const attempt = production.register({ organisationId, url: receiver.url, events: ['place.suspended'] }, reach);
    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_WEBHOOK_URL', details: { field: 'url' } });
    for (const url of ['https://localhost/hook', 'https://10.0.0.7/hook', 'https://169.254.169.254/latest']) {
      await expect(production.register({ organisationId, url, events: ['place.suspended'] }, reach)).rejects.toMatchObject({ code: 'INVALID_WEBHOOK_URL' });
    }
    await expect(production.register({ organisationId, url: 'https://caisse.example.org/hooks', events: ['place.suspended'] }, reach)).resolves.toMatchObject({ webhook: { url: 'https://caisse.example.org/hooks' } });
  });

  it('limits an organisation to ten webhooks', async () => {
    const crowded = await newOrganisation();
    const staff = placeStaffOf(crowded);
    for (let i = 0; i < 10; i++) expect((await register({ organisationId: crowded }, staff)).errors).toBeUndefined();
    expect(codeOf(await register({ organisationId: crowded }, staff))).toMatchObject({ code: 'TOO_MANY_WEBHOOKS' });
  });

  it('rotates the secret: for a grace period calls carry both signatures, then only the new one', async () => {
    const { secret: oldSecret, webhook } = (await register({})).data.registerWebhook;
    const rotated = await callSubgraph(service.url, `mutation($id: ID!) { rotateWebhookSecret(webhookId: $id) { secret webhook { secretRotatedAt secretRotationEndsAt } } }`, { id: webhook.id }, member);
    const { secret: newSecret, webhook: after } = rotated.data.rotateWebhookSecret;
    expect(newSecret).not.toBe(oldSecret);
    expect(Date.parse(after.secretRotationEndsAt) - Date.parse(after.secretRotatedAt)).toBe(24 * 3_600_000);

    const ping = (await callSubgraph(service.url, PING, { id: webhook.id }, member)).data.pingWebhook;
    expect(ping).toMatchObject({ event: 'webhook.ping', status: 'PENDING' });
    const call = await eventually(() => receiver.calls.find((c) => c.headers['webhook-id'] === ping.id), 10_000, 'the ping');
    expect(String(call.headers['webhook-signature']).split(' ')).toHaveLength(2);
    const check = (secret: string) => verifyWebhookSignature({ secret, body: call.body, id: call.headers['webhook-id'], timestamp: call.headers['webhook-timestamp'], signature: call.headers['webhook-signature'] });
    expect(check(newSecret)).toBe(true);
    expect(check(oldSecret)).toBe(true);
    expect(JSON.parse(call.body)).toMatchObject({ type: 'webhook.ping', data: { webhookId: webhook.id, organisationId } });

    // The grace period over: only the new secret signs.
    await service.dataSource.query(`UPDATE webhook_subscription SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`, [webhook.id]);
    const later = (await callSubgraph(service.url, PING, { id: webhook.id }, member)).data.pingWebhook;
    const laterCall = await eventually(() => receiver.calls.find((c) => c.headers['webhook-id'] === later.id), 10_000, 'the second ping');
    expect(String(laterCall.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verifyWebhookSignature({ secret: newSecret, body: laterCall.body, id: laterCall.headers['webhook-id'], timestamp: laterCall.headers['webhook-timestamp'], signature: laterCall.headers['webhook-signature'] })).toBe(true);
  });

  it('a disabled webhook gets no new deliveries and refuses pings until enabled again', async () => {
    const { webhook } = (await register({ events: ['credential.revoked'] })).data.registerWebhook;
    const disabled = await callSubgraph(service.url, `mutation($id: ID!) { disableWebhook(webhookId: $id) { status disabledAt } }`, { id: webhook.id }, member);
    expect(disabled.data.disableWebhook.status).toBe('DISABLED');
    expect(codeOf(await callSubgraph(service.url, PING, { id: webhook.id }, member))).toMatchObject({ code: 'WEBHOOK_DISABLED' });
    const announced = await service.dataSource.transaction((manager) =>
      service.services.webhooks.announce(manager, { eventId: '1d6f0b1e-2c1a-4b8e-9d55-0c2f4f0e7a11', type: 'credential.revoked', organisationId, occurredAt: new Date().toISOString(), data: {} }),
    );
    expect(announced).toBe(0);
    const enabled = await callSubgraph(service.url, `mutation($id: ID!) { enableWebhook(webhookId: $id) { status disabledAt } }`, { id: webhook.id }, member);
    expect(enabled.data.enableWebhook).toEqual({ status: 'ACTIVE', disabledAt: null });
    expect((await callSubgraph(service.url, PING, { id: webhook.id }, member)).errors).toBeUndefined();
  });

  it('pages the delivery log newest first, filters it by status, and deletes it with the webhook', async () => {
    const { webhook } = (await register({})).data.registerWebhook;
    const pinged: string[] = [];
    for (let i = 0; i < 3; i++) pinged.push((await callSubgraph(service.url, PING, { id: webhook.id }, member)).data.pingWebhook.id);
    await eventually(() => pinged.every((id) => receiver.calls.some((c) => c.headers['webhook-id'] === id)), 10_000, 'the pings');

    const PAGE = `query($id: ID!, $after: String, $status: WebhookDeliveryStatus) { webhook(id: $id) { deliveries(first: 2, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } } }`;
    const first = await eventually(async () => {
      const page = (await callSubgraph(service.url, PAGE, { id: webhook.id, status: 'DELIVERED' }, member)).data.webhook.deliveries;
      return page.totalCount === 3 && page;
    }, 5_000, 'three delivered pings');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await callSubgraph(service.url, PAGE, { id: webhook.id, after: first.pageInfo.endCursor }, member)).data.webhook.deliveries;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([...pinged].reverse());
    expect((await callSubgraph(service.url, PAGE, { id: webhook.id, status: 'FAILED' }, member)).data.webhook.deliveries.totalCount).toBe(0);
    expect(codeOf(await callSubgraph(service.url, PAGE, { id: webhook.id, after: 'bogus' }, member))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const deleted = await callSubgraph(service.url, `mutation($id: ID!) { deleteWebhook(webhookId: $id) }`, { id: webhook.id }, member);
    expect(deleted.data.deleteWebhook).toBe(webhook.id);
    expect((await callSubgraph(service.url, `query($id: ID!) { webhook(id: $id) { id } }`, { id: webhook.id }, member)).data.webhook).toBeNull();
    expect((await service.dataSource.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1`, [webhook.id]))[0].n).toBe(0);
  });
});
