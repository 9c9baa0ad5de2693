// What the gateway sends a subgraph along with the query: the caller's signed identity, the
// request's id and the trace context of the call, so that the subgraph's logs and spans join the
// gateway's.
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ANONYMOUS, IDENTITY_HEADER, IdentitySigner, inRequestScope, inSpan, registerTracing, REQUEST_ID_HEADER, type RunningTracing } from '@pass-numerique/service-kit';
import { SignedDataSource } from './signed-data-source';
import { subgraphFetcher } from './subgraph-fetcher';

describe('SignedDataSource', () => {
  const fetcher = subgraphFetcher(1_000);
  const source = new SignedDataSource('http://127.0.0.1:1/graphql', new IdentitySigner('a-secret-for-this-test-0123456789abcdef'), fetcher, 'passes');
  let tracing: RunningTracing;
  beforeAll(() => {
    tracing = registerTracing({ serviceName: 'gateway', spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())] });
  });
  afterAll(async () => {
    await tracing.shutdown();
    await fetcher.close();
  });

  const headersSent = async () => {
    const headers = new Headers();
    await source.willSendRequest({ request: { http: { url: 'http://127.0.0.1:1/graphql', method: 'POST', headers } }, context: { identity: ANONYMOUS } } as never);
    return headers;
  };

  it('sends the identity, the request id and the traceparent of the span it is called in', async () => {
    const { headers, span } = await inRequestScope('request-42', () => inSpan('gateway.fetch', {}, async (current) => ({ headers: await headersSent(), span: current.spanContext() })));
    expect(headers.get(IDENTITY_HEADER)).toMatch(/^pn1\./);
    expect(headers.get(REQUEST_ID_HEADER)).toBe('request-42');
    expect(headers.get('traceparent')).toBe(`00-${span.traceId}-${span.spanId}-01`);
  });

  it('sends no trace context or request id outside of a request', async () => {
    const headers = await headersSent();
    expect(headers.get('traceparent')).toBeNull();
    expect(headers.get(REQUEST_ID_HEADER)).toBeNull();
    expect(headers.get(IDENTITY_HEADER)).not.toBeNull();
  });
});
