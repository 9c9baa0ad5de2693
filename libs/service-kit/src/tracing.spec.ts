// Tracing is off unless the standard OTEL_* variables ask for it.
import { ConfigError } from './config';
import { tracesExporters } from './tracing';

describe('tracesExporters', () => {
  it('exports nothing when nothing is configured', () => {
    expect(tracesExporters({})).toEqual([]);
  });

  it('exports over OTLP when asked, or when only an endpoint is given', () => {
    expect(tracesExporters({ OTEL_TRACES_EXPORTER: 'otlp' })).toEqual(['otlp']);
    expect(tracesExporters({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual(['otlp']);
    expect(tracesExporters({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toEqual(['otlp']);
    expect(tracesExporters({ OTEL_TRACES_EXPORTER: 'otlp, console' })).toEqual(['otlp', 'console']);
  });

  it('exports nothing when told none, or when the SDK is disabled', () => {
    expect(tracesExporters({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual([]);
    expect(tracesExporters({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' })).toEqual([]);
  });

  it('refuses an exporter it does not know', () => {
    expect(() => tracesExporters({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(ConfigError);
  });
});
