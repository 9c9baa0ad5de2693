// Integration: webhook deliveries on a real PostgreSQL and NATS, to receivers listening on 127.0.0.1.
import { randomUUID } from 'node:crypto';
import { eventSubject } from '@pass-numerique/messaging';
import type { Identity } from '@pass-numerique/service-kit';
import { callSubgraph, deleteTestStreams, dropDatabase, eventually, testServiceConfig } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { onStatementPaid } from '../handlers/on-statement-paid.handler';
import { managerOf, placeStaffOf, qualify, registerOrganisation, registerPlace } from '../testing/partners-test-kit';
import { startLocalReceiver, type LocalReceiver, type ReceivedCall } from './local-receiver.test-support';
import { verifyWebhookSignature } from './verify-signature';

const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id url events status } } }`;
const LOG = `query($id: ID!) { webhook(id: $id) { deliveries { totalCount edges { node { id eventId event status attempts lastStatusCode lastError nextAttemptAt deliveredAt failedAt payload } } } } }`;

describe('partners subgraph: webhook deliveries', () => {
  const config = { ...testServiceConfig('partners'), loadDemoData: false };
  let service: Awaited<ReturnType<typeof startPartnersService>>;
  const receivers: LocalReceiver[] = [];

  beforeAll(async () => {
    service = await startPartnersService(config, { webhookDelivery: { retryDelaysMs: [600, 300, 300], pollIntervalMs: 100, timeoutMs: 400 } });
  });
  afterAll(async () => {
    await service?.stop();
    await Promise.all(receivers.map((r) => r.close()));
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  const receiver = async () => {
    const started = await startLocalReceiver();
    receivers.push(started);
    return started;
  };
  const programmeId = randomUUID();
  const gql = async (query: string, variables: Record<string, unknown>, as: Identity) => {
    const response = await callSubgraph(service.url, query, variables, as);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const organisation = async () => {
    const id = await registerOrganisation(service.url);
    return { id, member: placeStaffOf(id) };
  };
  const qualifiedPlace = async (organisationId: string) => {
    const id = await registerPlace(service.url, organisationId);
    await qualify(service.url, id, organisationId, programmeId);
    return id;
  };
  const register = async (organisationId: string, url: string, events: string[], as: Identity) =>
    (await gql(REGISTER, { input: { organisationId, url, events } }, as)).registerWebhook as { secret: string; webhook: { id: string } };
  const suspend = (placeId: string) =>
    gql(`mutation($id: ID!, $p: ID!) { suspendPlace(placeId: $id, programmeId: $p, reason: "Contrôle : pièces manquantes (M. Dupont)") { id } }`, { id: placeId, p: programmeId }, managerOf(programmeId));
  const logOf = async (webhookId: string, as: Identity) => (await gql(LOG, { id: webhookId }, as)).webhook.deliveries;
  const verified = (call: ReceivedCall, secret: string) =>
    verifyWebhookSignature({ secret, body: call.body, id: call.headers['webhook-id'], timestamp: call.headers['webhook-timestamp'], signature: call.headers['webhook-signature'] });

  it("delivers a place's suspension to its organisation's webhook, signed, without personal data; other webhooks get nothing", async () => {
    const owner = await organisation();
    const neighbour = await organisation();
    const placeId = await qualifiedPlace(owner.id);
    const [subscribed, paidOnly, elsewhere] = [await receiver(), await receiver(), await receiver()];
    const hook = await register(owner.id, subscribed.url, ['place.suspended', 'place.reinstated'], owner.member);
    const paidHook = await register(owner.id, paidOnly.url, ['statement.paid'], owner.member);
    const neighbourHook = await register(neighbour.id, elsewhere.url, ['place.suspended'], neighbour.member);

    await suspend(placeId);
    const [call] = await eventually(() => subscribed.calls.length > 0 && subscribed.calls, 10_000, 'the suspension webhook call');

    expect(call.headers['pn-webhook-event']).toBe('place.suspended');
    expect(call.headers['content-type']).toBe('application/json');
    expect(verified(call, hook.secret)).toBe(true);
    expect(verified(call, paidHook.secret)).toBe(false);
    const body = JSON.parse(call.body);
    expect(body).toEqual({
      id: expect.any(String),
      type: 'place.suspended',
      occurredAt: expect.any(String),
      data: { placeId, programmeId, organisationId: owner.id, placeName: expect.stringContaining('Médiathèque test'), inseeCode: '80021', at: expect.any(String) },
    });
    expect(call.body).not.toContain('Dupont');

    const log = await logOf(hook.webhook.id, owner.member);
    expect(log.totalCount).toBe(1);
    expect(log.edges[0].node).toMatchObject({ id: call.headers['webhook-id'], eventId: body.id, event: 'place.suspended', status: 'DELIVERED', attempts: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null, payload: call.body });
    // Deliveries are written for every webhook of the organisation in one transaction: none exists for the others.
    await service.services.webhookDispatcher.runUntilIdle();
    expect((await logOf(paidHook.webhook.id, owner.member)).totalCount).toBe(0);
    expect((await logOf(neighbourHook.webhook.id, neighbour.member)).totalCount).toBe(0);
    expect(paidOnly.calls).toHaveLength(0);
    expect(elsewhere.calls).toHaveLength(0);
  });

  it('retries a receiver that answered 500, with the same id and body, until it answers 200', async () => {
    const owner = await organisation();
    const placeId = await qualifiedPlace(owner.id);
    const flaky = await receiver();
    flaky.respondWith(500);
    const hook = await register(owner.id, flaky.url, ['place.suspended'], owner.member);

    await suspend(placeId);
    const failedOnce = await eventually(async () => {
      const [edge] = (await logOf(hook.webhook.id, owner.member)).edges;
      return edge?.node.lastStatusCode === 500 && edge.node;
    }, 10_000, 'the failed first attempt in the log');
    expect(failedOnce).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'HTTP_STATUS', deliveredAt: null });
    expect(failedOnce.nextAttemptAt).not.toBeNull();

    const calls = await eventually(() => flaky.calls.length >= 2 && flaky.calls, 10_000, 'the retry');
    expect(calls[1].headers['webhook-id']).toBe(calls[0].headers['webhook-id']);
    expect(calls[1].body).toBe(calls[0].body);
    expect(calls.every((c) => verified(c, hook.secret))).toBe(true);
    const delivered = await eventually(async () => {
      const [edge] = (await logOf(hook.webhook.id, owner.member)).edges;
      return edge?.node.status === 'DELIVERED' && edge.node;
    }, 5_000, 'the delivery marked delivered');
    expect(delivered).toMatchObject({ attempts: 2, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    expect(calls).toHaveLength(2);
  });

  it('gives up after the last attempt, shows why, and re-sends on request', async () => {
    const owner = await organisation();
    const placeId = await qualifiedPlace(owner.id);
    const down = await receiver();
    down.respondWith(503, 503, 0, 503);
    const hook = await register(owner.id, down.url, ['place.suspended'], owner.member);

    await suspend(placeId);
    const failed = await eventually(async () => {
      const [edge] = (await logOf(hook.webhook.id, owner.member)).edges;
      return edge?.node.status === 'FAILED' && edge.node;
    }, 10_000, 'the delivery given up');
    // Four attempts (1 + three retries); the hung third one timed out.
    expect(failed).toMatchObject({ attempts: 4, lastStatusCode: 503, lastError: 'HTTP_STATUS', nextAttemptAt: null, deliveredAt: null });
    expect(failed.failedAt).not.toBeNull();
    expect(down.calls).toHaveLength(4);
    // What an operator's alert on given-up deliveries reads (pn_webhook_attempts_total in /metrics).
    const counted = (await service.metrics.registry.getSingleMetric('pn_webhook_attempts_total')?.get())?.values ?? [];
    const attempts = Object.fromEntries(counted.map((v) => [v.labels.outcome, v.value]));
    expect(attempts['given-up']).toBeGreaterThanOrEqual(1);
    expect(attempts.retry).toBeGreaterThanOrEqual(3);

    const resent = await gql(`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id status attempts } }`, { id: failed.id }, owner.member);
    expect(resent.redeliverWebhook).toEqual({ id: failed.id, status: 'PENDING', attempts: 0 });
    await eventually(() => down.calls.length === 5, 10_000, 'the re-sent call');
    const after = await eventually(async () => {
      const [edge] = (await logOf(hook.webhook.id, owner.member)).edges;
      return edge?.node.status === 'DELIVERED' && edge.node;
    }, 5_000, 'the re-sent delivery delivered');
    expect(after).toMatchObject({ attempts: 1, lastStatusCode: 200, failedAt: null });
    expect(down.calls[4].headers['webhook-id']).toBe(failed.id);
    expect(verified(down.calls[4], hook.secret)).toBe(true);

    const stranger = (await organisation()).member;
    const refused = await callSubgraph(service.url, `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`, { id: failed.id }, stranger);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'deliveryId' });
  });

  it('records a timeout when the receiver does not answer in time', async () => {
    const owner = await organisation();
    const hung = await receiver();
    hung.respondWith(0);
    const hook = await register(owner.id, hung.url, ['credential.revoked'], owner.member);
    const ping = await gql(`mutation($id: ID!) { pingWebhook(webhookId: $id) { id event } }`, { id: hook.webhook.id }, owner.member);
    expect(ping.pingWebhook.event).toBe('webhook.ping');
    const [row] = await eventually(async () => {
      const rows = await service.dataSource.query(`SELECT last_error, attempts, delivered_at FROM webhook_delivery WHERE id = $1 AND last_error IS NOT NULL`, [ping.pingWebhook.id]);
      return rows.length > 0 && rows;
    }, 5_000, 'the timed-out attempt');
    expect(row).toMatchObject({ last_error: 'TIMEOUT', attempts: 1, delivered_at: null });
    // The retry after 600 ms is answered: the ping still arrives.
    await eventually(() => hung.calls.length >= 2, 10_000, 'the ping retried');
  });

  it("delivers a statement paid by the passes service once, even when the event is consumed twice", async () => {
    const owner = await organisation();
    const placeId = await qualifiedPlace(owner.id);
    const target = await receiver();
    const hook = await register(owner.id, target.url, ['statement.paid'], owner.member);
    const payload = {
      statementId: randomUUID(),
      programmeId: randomUUID(),
      placeId,
      placeOrganisationId: owner.id,
      month: '2025-02',
      passCount: 12,
      amountCents: 12_000,
      paymentReference: 'MANDAT-2025-0042',
      paidOn: '2025-03-05',
    };
    const envelope = { id: randomUUID(), type: 'passes.statement.paid.v1' as const, occurredAt: '2025-03-05T10:00:00.000Z', payload };
    // The passes service publishing it twice (past JetStream's de-duplication: another message id)…
    for (const msgID of [randomUUID(), randomUUID()]) {
      await service.bus.js.publish(eventSubject(service.bus.prefix, envelope.type), JSON.stringify(envelope), { msgID });
    }
    const [call] = await eventually(() => target.calls.length > 0 && target.calls, 10_000, 'the statement webhook call');
    expect(JSON.parse(call.body)).toEqual({
      id: envelope.id,
      type: 'statement.paid',
      occurredAt: envelope.occurredAt,
      data: { statementId: payload.statementId, programmeId: payload.programmeId, placeId, organisationId: owner.id, month: '2025-02', passCount: 12, amountCents: 12_000, currency: 'EUR', paymentReference: 'MANDAT-2025-0042', paidOn: '2025-03-05' },
    });
    expect(verified(call, hook.secret)).toBe(true);
    // …and the handler itself run again on the same event (a consumer without its processed-event record).
    const handler = onStatementPaid(service.services);
    for (let i = 0; i < 2; i++) await service.dataSource.transaction((manager) => handler.handle(payload, { manager, envelope }));
    await service.services.webhookDispatcher.runUntilIdle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.calls).toHaveLength(1);
    expect((await logOf(hook.webhook.id, owner.member)).totalCount).toBe(1);
  });

  it("tells an organisation that one of its partner credentials was revoked", async () => {
    const owner = await organisation();
    const target = await receiver();
    const hook = await register(owner.id, target.url, ['credential.revoked'], owner.member);
    const issued = await gql(`mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { credential { id } } }`, { input: { organisationId: owner.id, label: 'Caisse', scopes: ['read:own'] } }, owner.member);
    const credentialId = issued.issueCredential.credential.id;
    await gql(`mutation($id: ID!) { revokeCredential(credentialId: $id) { id } }`, { id: credentialId }, owner.member);
    const [call] = await eventually(() => target.calls.length > 0 && target.calls, 10_000, 'the credential webhook call');
    expect(call.headers['pn-webhook-event']).toBe('credential.revoked');
    expect(JSON.parse(call.body).data).toEqual({ credentialId, organisationId: owner.id, at: expect.any(String) });
    expect(verified(call, hook.secret)).toBe(true);
  });
});
