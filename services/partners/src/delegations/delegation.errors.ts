// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type DelegationErrorCode = 'DELEGATION_EXISTS' | 'INVALID_TRANSITION' | 'SELF_DELEGATION';

export class DelegationError extends DomainError<DelegationErrorCode> {
  constructor(code: DelegationErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
