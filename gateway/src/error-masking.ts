// What the gateway lets through. Subgraphs already turn their own failures into coded errors;
// the gateway adds its own kinds (a subgraph down or too slow) and masks anything uncoded, so
// no address, stack or upstream message ever reaches a client.
import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '@pass-numerique/service-kit';

const UNAVAILABLE = /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|socket hang up|fetch failed|unreachable|aborted|timeout|timed out|status code 5\d\d|Bad Gateway|Service Unavailable/i;

/** The HTTP status Apollo Server gave an error it raised itself (an unsupported persisted-query version…). */
function statusOf(error: unknown): number | undefined {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | undefined)?.extensions?.http?.status;
  return typeof status === 'number' ? status : undefined;
}

export function createGatewayErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    const serviceName = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;

    // Apollo Server's own refusals of a malformed request carry a 4xx status but no code: they are the client's to fix.
    const status = statusOf(error);
    if (code === 'INTERNAL_SERVER_ERROR' && status !== undefined && status >= 400 && status < 500) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }

    // The parser recurses once per nesting level: a document nested deeply enough overflows its stack before the token limit.
    if (code === 'GRAPHQL_PARSE_FAILED' && /call stack/i.test(formatted.message)) {
      return { message: 'Syntax Error: the document is nested too deeply to be read', extensions: { code } };
    }
    if (code && code !== 'INTERNAL_SERVER_ERROR' && code !== 'DOWNSTREAM_SERVICE_ERROR') {
      const { exception: _exception, stacktrace: _stacktrace, ...safe } = extensions as Record<string, unknown>;
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: safe };
    }
    if (UNAVAILABLE.test(formatted.message)) {
      logger.warn('subgraph unavailable', { serviceName, message: formatted.message });
      return {
        message: `part of the platform is unavailable${serviceName ? ` (${serviceName})` : ''}; the rest of the answer is complete`,
        path: formatted.path,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', ...(serviceName ? { serviceName } : {}) },
      };
    }
    // A subgraph's own masked error keeps the reference it logged under.
    const reference = typeof extensions.reference === 'string' ? extensions.reference : randomUUID();
    if (!extensions.reference) logger.error('unexpected gateway error', { reference, serviceName, message: formatted.message });
    return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', reference } };
  };
}
