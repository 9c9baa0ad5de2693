// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type HandOutErrorCode =
  | 'CONSENT_REQUIRED'
  | 'UNKNOWN_COMMUNE'
  | 'OUTSIDE_PERIMETER'
  | 'PUBLIC_NOT_TARGETED'
  | 'PROGRAMME_ENDED'
  | 'VALIDITY_ENDED'
  | 'BOOKLET_NOT_ALLOCATED'
  | 'BOOKLET_ALREADY_HANDED_OUT'
  | 'PASS_ALREADY_HANDED_OUT'
  | 'UNKNOWN_PASS';

export class HandOutError extends DomainError<HandOutErrorCode> {
  constructor(code: HandOutErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
