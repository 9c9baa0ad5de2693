// The closed set of codes this module raises, besides the kernel's common ones.
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type OrderErrorCode =
  | 'PROGRAMME_UNKNOWN'
  | 'PROGRAMME_ENDED'
  | 'INVALID_BOOKLET_SIZE'
  | 'INVALID_QUANTITY'
  | 'INVALID_PERIOD'
  | 'OUTSIDE_PROGRAMME_PERIMETER'
  | 'INVALID_ORDER_STATE'
  | 'PRINT_FILE_ALREADY_EXPORTED';

export class OrderError extends DomainError<OrderErrorCode> {
  constructor(code: OrderErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
