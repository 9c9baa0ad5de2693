// The closed set of codes this service raises, besides the kernel's common ones (NOT_FOUND,
// BAD_USER_INPUT, FORBIDDEN).
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type TerritoryErrorCode =
  /** The code does not have the shape of its level ("ABC", "1234"). */
  | 'MALFORMED_CODE'
  /** `territories(level, within)` asked for a level that cannot lie inside the given one. */
  | 'LEVEL_NOT_BELOW';

export class TerritoryError extends DomainError<TerritoryErrorCode> {
  constructor(code: TerritoryErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
