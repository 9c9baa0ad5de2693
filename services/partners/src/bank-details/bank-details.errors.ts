// The closed set of codes the bank-details module raises, besides the kernel's common ones
// (NOT_FOUND, BAD_USER_INPUT, INVALID_ID) and INVALID_IBAN, shared with applications.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type BankDetailsErrorCode =
  | 'INVALID_BIC'
  | 'INVALID_HOLDER'
  | 'INVALID_CERTIFICATE'
  | 'NO_BANK_DETAILS_YET'
  | 'SAME_BANK_DETAILS'
  | 'CHANGE_ALREADY_PENDING'
  | 'FOUR_EYES_REQUIRED'
  | 'CHANGE_ALREADY_DECIDED'
  | 'REASON_REQUIRED';

export class BankDetailsError extends DomainError<BankDetailsErrorCode> {
  constructor(code: BankDetailsErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
