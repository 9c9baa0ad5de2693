// Webhooks end to end: a demo place's own people register a webhook for their organisation through
// the gateway, the demo programme's manager suspends the place for that programme, and the
// receiver gets a call it can verify with nothing but the README's recipe (HMAC-SHA-256 of
// "<timestamp>.<body>").
import { Webhook } from 'standardwebhooks';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { eventually, personToken } from '@pass-numerique/testing';
import { startStack, type Stack } from './stack';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const LOG = `query($id: ID!) { webhook(id: $id) { deliveries { edges { node { id status attempts lastStatusCode } } } } }`;

describe('webhooks through the gateway', () => {
  let stack: Stack;
  let receiver: Server;
  let receiverUrl: string;
  const calls: Array<{ headers: IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        calls.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/pn-webhooks`;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
  }, 60_000);

  it("delivers a demo place's suspension, signed, to the webhook its organisation registered", async () => {
    const place = DEMO_PLACES[0];
    const manager = bearer(await personToken({ role: 'programme_manager', programmeId: DEMO_IDS.programme, organisationId: DEMO_REGION.organisationId }));
    const placePeople = bearer(await personToken({ role: 'place', organisationId: place.organisationId }));
    const registered = await stack.query(
      `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id organisation { id } events status } } }`,
      { input: { organisationId: place.organisationId, url: receiverUrl, events: ['place.suspended', 'place.reinstated'] } },
      placePeople,
    );
    expect(registered.errors).toBeUndefined();
    const { secret, webhook } = registered.data.registerWebhook;
    expect(webhook).toMatchObject({ organisation: { id: place.organisationId }, status: 'ACTIVE' });

    // Nobody else may read it: the anonymous public is refused, a person of another organisation sees nothing.
    expect((await stack.query(`query($id: ID!) { webhook(id: $id) { id } }`, { id: webhook.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stranger = bearer(await personToken({ role: 'place', organisationId: DEMO_PLACES[1].organisationId }));
    expect((await stack.query(`query($id: ID!) { webhook(id: $id) { id } }`, { id: webhook.id }, stranger)).data.webhook).toBeNull();

    // The programme manager reads nothing of the place's webhooks: they are its organisation's.
    expect((await stack.query(`query($id: ID!) { webhook(id: $id) { id } }`, { id: webhook.id }, manager)).data.webhook).toBeNull();

    const suspended = await stack.query(
      `mutation($id: ID!, $programmeId: ID!) { suspendPlace(placeId: $id, programmeId: $programmeId, reason: "Contrôle en cours") { acceptsPasses(programmeId: $programmeId) } }`,
      { id: place.id, programmeId: DEMO_IDS.programme },
      manager,
    );
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data.suspendPlace.acceptsPasses).toBe(false);

    const [call] = await eventually(() => calls.length > 0 && calls, 15_000, 'the webhook call');
    // As a partner's receiver checks it: with Standard Webhooks' library, which refuses a stale or forged call.
    expect(new Webhook(secret).verify(call.body, call.headers as Record<string, string>)).toEqual(JSON.parse(call.body));
    expect(call.headers['pn-webhook-event']).toBe('place.suspended');
    expect(JSON.parse(call.body)).toMatchObject({ type: 'place.suspended', data: { placeId: place.id, organisationId: place.organisationId, programmeId: DEMO_IDS.programme } });
    expect(call.body).not.toContain('Contrôle');

    // The delivery log, through the gateway, shows that call as delivered.
    const delivered = await eventually(async () => {
      const [edge] = (await stack.query(LOG, { id: webhook.id }, placePeople)).data.webhook.deliveries.edges;
      return edge?.node.status === 'DELIVERED' && edge.node;
    }, 5_000, 'the delivery marked delivered');
    expect(delivered).toEqual({ id: call.headers['webhook-id'], status: 'DELIVERED', attempts: 1, lastStatusCode: 200 });
    expect(calls).toHaveLength(1);
  }, 60_000);
});
