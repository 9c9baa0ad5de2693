// The one place where errors become what a client sees. Domain errors keep their code,
// message and safe details; GraphQL's own validation errors keep theirs; everything else is
// masked as INTERNAL_SERVER_ERROR with a reference that lets an operator find the log line.
import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDomainError } from '@pass-numerique/kernel';
import type { Logger } from './logger';

/** Codes Apollo and graphql-js raise for a malformed request: safe to show as they are. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/** A PostgreSQL error of SQLSTATE class 22 (data exception), as TypeORM or pg raise it. */
function isDataException(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return (name === 'QueryFailedError' || name === 'error' || name === 'DatabaseError') && typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDomainError(original)) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { ...original.details, code: original.code },
      };
    }
    // PostgreSQL's "data exception" class (22…): a value the database cannot take — a NUL
    // character, a date or number out of range, text where a uuid goes. It came in with the
    // request, and the transaction it broke has rolled back: the client's to fix, without the SQL.
    if (isDataException(original)) {
      logger.warn('value refused by the database', { sqlState: (original as { code: string }).code, path: formatted.path });
      return { message: 'a value in the request cannot be stored or compared (text with a NUL character, a date or number out of range…)', path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const reference = randomUUID();
    logger.error('unexpected error', {
      reference,
      error: original instanceof Error ? `${original.name}: ${original.message}` : String(original),
      stack: original instanceof Error ? original.stack : undefined,
      path: formatted.path,
    });
    return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', reference } };
  };
}
