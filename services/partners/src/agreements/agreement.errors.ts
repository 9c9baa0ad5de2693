// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type AgreementErrorCode = 'INVALID_PERIOD' | 'AGREEMENT_OVERLAPS';

export class AgreementError extends DomainError<AgreementErrorCode> {
  constructor(code: AgreementErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
