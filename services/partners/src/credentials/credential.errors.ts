// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type CredentialErrorCode = 'INVALID_SCOPE' | 'INVALID_EXPIRY' | 'ALREADY_REVOKED';

export class CredentialError extends DomainError<CredentialErrorCode> {
  constructor(code: CredentialErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
