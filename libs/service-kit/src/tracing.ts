// OpenTelemetry traces, off unless the environment asks for them. The code everywhere speaks
// only @opentelemetry/api, whose calls do nothing until a tracer provider is registered: with
// tracing off, a span is a shared non-recording object and no context is kept, so the cost
// is a few function calls per request. One process registers one provider (runProcess), and
// each service, the gateway and the messaging library add their spans through the API.
//
// Instrumentation is applied explicitly rather than through require hooks: the end-to-end tests
// run the whole platform under Jest's module system, which hooks on Node's `require` never see,
// and one explicit way behaves the same there as in the esbuild bundles.
import {
  context,
  propagation,
  SpanKind,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { markFailed } from '@pass-numerique/messaging';
import * as pg from 'pg';
import { ConfigError } from './config';

/** The instrumentation scope of the spans the platform's own code starts. */
export const TRACER_NAME = '@pass-numerique/platform';

export function platformTracer() {
  return trace.getTracer(TRACER_NAME);
}

export interface TracingOptions {
  /** `service.name` unless OTEL_SERVICE_NAME (or OTEL_RESOURCE_ATTRIBUTES) names it otherwise. */
  serviceName: string;
  /** Where finished spans go (an OTLP exporter in production, an in-memory one in tests). */
  spanProcessors: SpanProcessor[];
}

export interface RunningTracing {
  /** Exports the spans still buffered, then stops. */
  shutdown(): Promise<void>;
}

/**
 * Registers the process's tracer provider (W3C trace context, async-hooks context), with
 * PostgreSQL queries traced when they run inside a span. Sampling follows OTEL_TRACES_SAMPLER.
 */
export function registerTracing(options: TracingOptions): RunningTracing {
  const resource = defaultResource()
    .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }))
    .merge(detectResources({ detectors: [envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: options.spanProcessors });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  tracePostgresQueries();
  return {
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** Which exporters the standard OTEL_* variables ask for; none unless they ask (unlike the SDK's default of otlp). */
export function tracesExporters(env: NodeJS.ProcessEnv): Array<'otlp' | 'console'> {
  if (env.OTEL_SDK_DISABLED === 'true') return [];
  const named = env.OTEL_TRACES_EXPORTER?.split(',').map((name) => name.trim()).filter(Boolean);
  if (named === undefined || named.length === 0) {
    // An endpoint set on its own is a request to export there.
    return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT ? ['otlp'] : [];
  }
  const unknown = named.filter((name) => !['otlp', 'console', 'none'].includes(name));
  if (unknown.length > 0) throw new ConfigError([`OTEL_TRACES_EXPORTER: unknown exporter ${unknown.join(', ')} (otlp, console or none)`]);
  return named.filter((name): name is 'otlp' | 'console' => name !== 'none');
}

/**
 * Tracing as the environment configures it: OTLP over HTTP (OTEL_EXPORTER_OTLP_ENDPOINT,
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, OTEL_EXPORTER_OTLP_HEADERS…, read by the exporter) and/or
 * the console, batched (OTEL_BSP_*). Undefined when no exporter is asked for: nothing registered.
 */
export function startTracingFromEnvironment(serviceName: string, env: NodeJS.ProcessEnv = process.env): RunningTracing | undefined {
  const exporters = tracesExporters(env);
  if (exporters.length === 0) return undefined;
  const spanProcessors = exporters.map((name) => new BatchSpanProcessor(name === 'otlp' ? new OTLPTraceExporter() : new ConsoleSpanExporter()));
  return registerTracing({ serviceName, spanProcessors });
}

let postgresTraced = false;

/**
 * Patches the `pg` client that TypeORM loads with OpenTelemetry's PostgreSQL instrumentation.
 * Only queries run inside a span are traced: the outbox relay's polling and the probes of
 * readiness checks would otherwise each start a trace of their own. Parameters are never
 * recorded (they may hold personal data); the statement text is, with its placeholders.
 */
function tracePostgresQueries(): void {
  if (postgresTraced) return;
  postgresTraced = true;
  const instrumentation = new PgInstrumentation({ enabled: false, requireParentSpan: true, enhancedDatabaseReporting: false });
  for (const definition of instrumentation.getModuleDefinitions()) {
    if (definition.name === 'pg') definition.patch?.(pg);
  }
}

/** Runs `work` in a new active span, ended when it settles; an exception marks the span failed. */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return platformTracer().startActiveSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes }, options.parent ?? context.active(), async (span) => {
    try {
      return await work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A span failed, said as the relay and the consumer say it (messaging's, below the kit). */
export { markFailed };

/** The context a request's (lower-cased) headers carry: the active one when they carry none, or tracing is off. */
export function contextFromHeaders(headers: Record<string, string | string[] | undefined>): Context {
  return propagation.extract(context.active(), headers);
}
