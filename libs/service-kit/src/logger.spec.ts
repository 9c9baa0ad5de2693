// Log lines name the request and the trace they were written in, and keep personal data out.
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createLogger } from './logger';
import { inRequestScope, requestIdFrom } from './request-scope';
import { inSpan, registerTracing, type RunningTracing } from './tracing';

describe('logger', () => {
  let lines: Array<Record<string, unknown>>;
  const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };
  let tracing: RunningTracing;

  beforeAll(() => {
    tracing = registerTracing({ serviceName: 'logger-test', spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())] });
  });
  afterAll(() => tracing.shutdown());
  beforeEach(() => {
    lines = [];
  });

  it('writes one JSON line per call with the service, level, message and fields', () => {
    createLogger('passes', 'info', destination).warn('outbox relay failed; will retry', { attempts: 3 });
    expect(lines).toEqual([{ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: 'warn', service: 'passes', message: 'outbox relay failed; will retry', attempts: 3 }]);
  });

  it('carries the request id and the trace and span ids of the work it is written in', async () => {
    const logger = createLogger('passes', 'info', destination);
    const ids = await inRequestScope('0b5c7a3e-request', () =>
      inSpan('redeem', {}, async (span) => {
        await new Promise((resolve) => setImmediate(resolve));
        logger.info('pass redeemed', { redemptionId: 'r-1' });
        return span.spanContext();
      }),
    );
    expect(lines[0]).toMatchObject({ message: 'pass redeemed', redemptionId: 'r-1', request_id: '0b5c7a3e-request', trace_id: ids.traceId, span_id: ids.spanId });
    expect(ids.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('names no request or trace outside of one', () => {
    createLogger('passes', 'info', destination).info('subgraph ready');
    expect(lines[0]).not.toHaveProperty('request_id');
    expect(lines[0]).not.toHaveProperty('trace_id');
  });

  it('redacts the fields that hold personal data, at the top level and one level down', () => {
    createLogger('partners', 'info', destination).error('webhook refused', { email: 'jeanne@example.fr', holder: { phone: '+33600000000', lastName: 'Martin' }, deliveryId: 'd-1' });
    expect(lines[0]).toMatchObject({ email: '[redacted]', holder: { phone: '[redacted]', lastName: '[redacted]' }, deliveryId: 'd-1' });
    expect(JSON.stringify(lines)).not.toMatch(/jeanne|Martin|33600000000/);
  });

  it('writes nothing below its level', () => {
    const logger = createLogger('passes', 'warn', destination);
    logger.info('not written');
    createLogger('passes', 'silent', destination).error('not written either');
    expect(lines).toEqual([]);
  });
});

describe('request ids', () => {
  it('keeps a well-formed id and replaces anything else with a new one', () => {
    expect(requestIdFrom('4bf92f35-77b3-4da6-a3ce-929d0e0e4736')).toBe('4bf92f35-77b3-4da6-a3ce-929d0e0e4736');
    expect(requestIdFrom(['gw:1.2', 'other'])).toBe('gw:1.2');
    for (const bad of [undefined, '', 'jeanne martin@example.fr', 'x'.repeat(65)]) expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
