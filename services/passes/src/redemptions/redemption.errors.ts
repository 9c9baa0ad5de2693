// The closed set of codes this module raises. Every refusal of a check or a redemption has its own.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export const REFUSAL_CODES = [
  'UNKNOWN_PASS',
  'ALREADY_REDEEMED',
  'EXPIRED',
  'NOT_ACTIVATED',
  'NOT_HANDED_OUT',
  'NOT_YET_VALID',
  'PLACE_NOT_QUALIFIED',
  'OUTSIDE_PERIMETER',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type RedemptionErrorCode =
  | RefusalCode
  | 'TOO_MANY_ATTEMPTS'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'ALREADY_CANCELLED'
  | 'CANCELLATION_WINDOW_CLOSED'
  | 'REDEMPTION_IN_STATEMENT'
  | 'ALREADY_RECOVERED'
  | 'REDEMPTION_NOT_PAID';

export class RedemptionError extends DomainError<RedemptionErrorCode> {
  constructor(code: RedemptionErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}

/** The refusal that means "this caller may be guessing" (a number that is no pass, or a wrong code): counted against it and the number. */
export const GUESS_CODES: ReadonlySet<string> = new Set(['UNKNOWN_PASS']);
