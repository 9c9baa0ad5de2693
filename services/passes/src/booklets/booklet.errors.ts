// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type BookletErrorCode =
  | 'NOT_A_DISTRIBUTOR'
  | 'AGREEMENT_NOT_IN_FORCE'
  | 'OUTSIDE_AGREEMENT_SCOPE'
  | 'ORDER_NOT_DELIVERED'
  | 'BOOKLET_NOT_IN_STOCK'
  | 'BOOKLET_NOT_ALLOCATED'
  | 'BOOKLET_STARTED'
  | 'NOT_ENOUGH_BOOKLETS';

export class BookletError extends DomainError<BookletErrorCode> {
  constructor(code: BookletErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
