// One error type for every rule the domain enforces. The code is part of the public
// contract (clients branch on it); the message is for humans and never carries internals.

/** Codes every module may use; a module adds its own closed set on top. */
export const COMMON_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_AMOUNT',
  'INVALID_RATE',
  'INVALID_ID',
  'INVALID_CODE',
] as const;
export type CommonErrorCode = (typeof COMMON_ERROR_CODES)[number];

export interface DomainErrorDetails {
  /** The input field at fault, as the client named it (e.g. "schedule" or "siret"). */
  field?: string;
  /** Extra facts safe to show a client (e.g. the unknown codes of a refused zone). */
  [key: string]: unknown;
}

export class DomainError<Code extends string = string> extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: Code,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError || (error instanceof Error && error.name === 'DomainError' && 'code' in error);
}

export function notFound(what: string, key: string): DomainError<'NOT_FOUND'> {
  return new DomainError('NOT_FOUND', `${what} ${key} does not exist`);
}
