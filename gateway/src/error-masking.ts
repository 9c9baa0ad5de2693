// What the gateway lets through. Subgraphs already turn their own failures into coded errors;
// the gateway adds its own kinds (a subgraph down or too slow) and masks anything uncoded, so
// no address, stack or upstream message ever reaches a client.
import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '@pass-numerique/service-kit';

const UNAVAILABLE = /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|socket hang up|fetch failed|aborted|timeout|timed out|status code 5\d\d|Bad Gateway|Service Unavailable/i;

export function createGatewayErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    const serviceName = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;

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
