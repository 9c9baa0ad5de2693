// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type StatementErrorCode = 'INVALID_MONTH' | 'MONTH_NOT_ENDED' | 'STATEMENT_NOT_PENDING' | 'STATEMENT_NOT_APPROVED';

export class StatementError extends DomainError<StatementErrorCode> {
  constructor(code: StatementErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
