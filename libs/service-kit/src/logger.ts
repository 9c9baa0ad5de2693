// JSON lines on stdout, written by pino. Callers pass identifiers and counts, never personal
// data or payloads; the fields that would carry it are redacted anyway, in case one slips in.
// Each line names the request (request_id) and the trace (trace_id, span_id) it was written in.
import pino, { type DestinationStream } from 'pino';
import { trace } from '@opentelemetry/api';
import { currentRequestId } from './request-scope';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Field names that hold personal data or secrets wherever they appear (top level or one level down). */
const PERSONAL_FIELDS = ['email', 'phone', 'firstName', 'lastName', 'birthDate', 'address', 'iban', 'password', 'authorization', 'token', 'apiKey'];

/** Where the request and the trace are: read at each line, so a logger made once serves every request. */
function correlation(): Record<string, string> {
  const fields: Record<string, string> = {};
  const requestId = currentRequestId();
  if (requestId) fields.request_id = requestId;
  const span = trace.getActiveSpan()?.spanContext();
  if (span && trace.isSpanContextValid(span)) {
    fields.trace_id = span.traceId;
    fields.span_id = span.spanId;
  }
  return fields;
}

/** `destination`: stdout unless given (tests read the lines they write). */
export function createLogger(service: string, level: LogLevel = 'info', destination?: DestinationStream): Logger {
  const log = pino(
    {
      level,
      base: { service },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: correlation,
      redact: { paths: PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`]), censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  const write = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Record<string, unknown>) => log[at](fields ?? {}, message);
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

export const silentLogger: Logger = createLogger('silent', 'silent');
