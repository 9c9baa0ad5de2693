// One redemption is one trace: the gateway's request, its call to passes, the resolver, the
// PostgreSQL queries of its transaction, the event's publication from passes' outbox to NATS,
// and funding's transaction on hearing of it — every span under one trace id, each the child of
// the one before. The platform runs in this process with a tracer provider exporting to memory.
import { randomUUID } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { registerTracing, type RunningTracing } from '@pass-numerique/service-kit';
import { activatedOrderOnTheApi, allocateOnTheApi, ApiSetup, eventually, openProgrammeOnTheApi, qualifyPlaceOnTheApi, signDistributorAgreement } from '@pass-numerique/testing';
import { startStack, type Stack } from './stack';

const REDEEM = `mutation Redeem($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`;

describe('tracing: one redemption, one trace from the gateway to funding', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: RunningTracing;
  let stack: Stack;
  let api: ApiSetup;
  let manager: Record<string, string>;
  let pass: { number: string; code: string };
  const place = DEMO_PLACES.find((p) => p.inseeCode === '80021')!;

  beforeAll(async () => {
    tracing = registerTracing({ serviceName: 'platform', spanProcessors: [new SimpleSpanProcessor(exporter)] });
    stack = await startStack({ loadDemoData: { passes: false } });
    api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    const programme = await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'DEPARTEMENT', code: '80' }, code: `TRACE-${randomUUID().slice(0, 8).toUpperCase()}` });
    manager = programme.staff.manager;
    const distributorId = DEMO_PARTNER_IDS.distributors[0];
    await signDistributorAgreement(api, programme, distributorId, { level: 'DEPARTEMENT', code: '80' });
    await qualifyPlaceOnTheApi(api, programme, place);
    const { orderId, printed } = await activatedOrderOnTheApi(api, programme, 1);
    await allocateOnTheApi(api, programme, orderId, distributorId, 1);
    pass = printed[0];
    await api.call(manager, `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, {
      input: { passNumber: pass.number, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: '80021', consent: true } },
    });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
    await tracing?.shutdown();
  }, 60_000);

  it('follows redeemPass through the gateway, passes, PostgreSQL and NATS to funding’s transaction', async () => {
    // Passes learns of the place's qualification through an event: redeem once it has.
    await api.call(manager, REDEEM, { input: { pass: { passNumber: pass.number, code: pass.code }, placeId: place.id, idempotencyKey: randomUUID() } }, ['PLACE_NOT_QUALIFIED']);
    const isRedemptionRequest = (s: ReadableSpan) => s.kind === SpanKind.SERVER && s.attributes['server.port'] === stack.gateway.port && s.attributes['graphql.operation.name'] === 'Redeem';
    const redeemed = exporter.getFinishedSpans().filter(isRedemptionRequest).at(-1);
    expect(redeemed).toBeDefined();
    const traceId = redeemed!.spanContext().traceId;
    const fundingProcessed = (s: ReadableSpan) => s.kind === SpanKind.CONSUMER && s.attributes['messaging.consumer.group.name'] === 'funding--passes_pass_redeemed_v1';
    await eventually(async () => (inTrace().some(fundingProcessed) ? true : undefined), 20_000, 'funding to apply the redemption');

    function inTrace(): ReadableSpan[] {
      return exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    }
    const spans = inTrace();
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) => (s.parentSpanContext ? byId.get(s.parentSpanContext.spanId) : undefined);
    const one = (what: string, test: (s: ReadableSpan) => boolean): ReadableSpan => {
      const found = spans.filter(test);
      if (found.length === 0) throw new Error(`no ${what} in the trace; it holds: ${spans.map((s) => s.name).join(', ')}`);
      return found[0];
    };
    const databaseOf = (service: 'passes' | 'funding') => new URL(stack.configs[service].databaseUrl).pathname.slice(1);

    // The gateway: the request it answered, and its call to passes.
    const fetch = one('gateway call to passes', (s) => s.name === 'gateway.fetch' && s.attributes.service === 'passes');
    // Passes: its request, continuing the gateway's call, and the resolver within it.
    const passesRequest = one('passes request', (s) => s.kind === SpanKind.SERVER && s.attributes['server.port'] === stack.configs.passes.port);
    expect(parentOf(passesRequest)).toBe(fetch);
    const resolver = one('redeemPass resolver', (s) => s.name === 'resolve Mutation.redeemPass');
    expect(parentOf(resolver)).toBe(passesRequest);
    // PostgreSQL: the resolver's transaction wrote the event into passes' outbox.
    const outboxWrite = one('outbox insert', (s) => s.attributes['db.namespace'] === databaseOf('passes') && String(s.attributes['db.query.text']).startsWith('INSERT INTO outbox_event'));
    expect(outboxWrite.kind).toBe(SpanKind.CLIENT);
    expect(ancestors(outboxWrite)).toContain(resolver);
    // NATS: the relay's publication continues the trace the outbox row kept, and funding's
    // consumption continues the publication.
    const sent = one('publication of the redemption', (s) => s.kind === SpanKind.PRODUCER && String(s.attributes['messaging.destination.name']).endsWith('passes.pass.redeemed.v1'));
    expect(parentOf(sent)).toBe(resolver);
    const processed = one('funding’s consumption', fundingProcessed);
    expect(parentOf(processed)).toBe(sent);
    expect(processed.attributes['pn.event.outcome']).toBe('applied');
    // Funding: its transaction's queries, in its own database, under its consumption.
    const fundingQuery = one('funding query', (s) => s.attributes['db.namespace'] === databaseOf('funding') && ancestors(s).includes(processed));
    expect(fundingQuery.attributes['db.system.name']).toBe('postgresql');
    // No parameter reaches a span: the pass number and its code stay out of the traces.
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toContain(pass.code);

    function ancestors(span: ReadableSpan): ReadableSpan[] {
      const chain: ReadableSpan[] = [];
      for (let at = parentOf(span); at; at = parentOf(at)) chain.push(at);
      return chain;
    }
  }, 60_000);
});
