// The closed set of codes this module raises, besides the kernel's common ones
// (INVALID_CODE for a malformed SIRET/SIREN/RNA, postal or INSEE code; BAD_USER_INPUT; NOT_FOUND; FORBIDDEN).
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type OrganisationErrorCode = 'SIRET_ALREADY_REGISTERED' | 'MISSING_IDENTIFIER';

export class OrganisationError extends DomainError<OrganisationErrorCode> {
  constructor(code: OrganisationErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
