// The closed set of codes this service raises, besides the kernel's common ones (NOT_FOUND,
// BAD_USER_INPUT, FORBIDDEN).
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type TerritoryErrorCode =
  /** The code does not have the shape of its level ("ABC", "1234"). */
  | 'MALFORMED_CODE'
  /** `territories(level, within)` asked for a level that cannot lie inside the given one. */
  | 'LEVEL_NOT_BELOW'
  /** A zone named communes or EPCIs that do not exist; the details list them. */
  | 'UNKNOWN_ZONE_MEMBERS'
  /** A zone with neither communes nor EPCIs. */
  | 'EMPTY_ZONE'
  /** Another zone of the same programme already has this name. */
  | 'ZONE_NAME_TAKEN'
  /** The zone changed since the version the caller read. */
  | 'ZONE_VERSION_CONFLICT';

export class TerritoryError extends DomainError<TerritoryErrorCode> {
  constructor(code: TerritoryErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
