// The closed set of codes zone rules raise, besides MALFORMED_CODE (territory codes) and the
// kernel's common ones (NOT_FOUND, BAD_USER_INPUT, FORBIDDEN).
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type ZoneErrorCode =
  /** A zone named communes or EPCIs that do not exist; `unknownCommunes` and `unknownEpcis` list them. */
  | 'UNKNOWN_ZONE_MEMBERS'
  /** A zone with neither communes nor EPCIs. */
  | 'EMPTY_ZONE'
  /** More codes than a zone may hold. */
  | 'ZONE_TOO_LARGE'
  /** Another zone of the same programme already has this name. */
  | 'ZONE_NAME_TAKEN'
  /** The zone changed since the version the caller read (`expectedVersion`). */
  | 'ZONE_VERSION_CONFLICT';

export class ZoneError extends DomainError<ZoneErrorCode> {
  constructor(code: ZoneErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
