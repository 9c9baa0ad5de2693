// The closed set of codes this module raises, besides the kernel's common ones
// (INVALID_CODE, BAD_USER_INPUT, NOT_FOUND, FORBIDDEN) and the organisations' (MISSING_IDENTIFIER).
import { DomainError, type DomainErrorDetails } from '@pass-numerique/kernel';

export type MemberErrorCode =
  /** registerMyOrganisation: the SIRET is an organisation already; its administrators invite. */
  | 'ORGANISATION_ALREADY_REGISTERED'
  /** acceptInvitation: unknown, expired or already used — one code, so a guess learns nothing. */
  | 'INVITATION_INVALID'
  /** acceptInvitation: the person is a member of the organisation already (the invitation stays unused). */
  | 'ALREADY_MEMBER'
  /** changeMemberRole, removeMember: an organisation always keeps one administrator. */
  | 'LAST_ADMIN'
  /** verifyOrganisation, rejectOrganisation: the organisation's verification was decided already. */
  | 'VERIFICATION_ALREADY_DECIDED'
  /** qualification of a place whose organisation the operator has not verified. */
  | 'ORGANISATION_NOT_VERIFIED';

export class MemberError extends DomainError<MemberErrorCode> {
  constructor(code: MemberErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, details);
  }
}
