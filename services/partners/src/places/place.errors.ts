// The closed set of codes the places module raises, besides the kernel's common ones
// (INVALID_CODE for postal and INSEE codes, BAD_USER_INPUT, NOT_FOUND, FORBIDDEN).
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type PlaceErrorCode =
  | 'INVALID_IBAN'
  | 'INVALID_OPENING_HOURS'
  | 'INVALID_PHONE'
  | 'INVALID_EMAIL'
  | 'INVALID_URL'
  | 'INVALID_LOCATION'
  | 'EXTERNAL_ID_TAKEN'
  | 'INVALID_TRANSITION'
  | 'REASON_REQUIRED'
  | 'REGIE_REQUIRES_PUBLIC_BODY'
  | 'BANK_DETAILS_LOCKED';

export class PlaceError extends DomainError<PlaceErrorCode> {
  constructor(code: PlaceErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
