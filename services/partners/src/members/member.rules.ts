// The rules of memberships and invitations, as pure functions: invitation codes, their lifetime,
// the e-mail shown for them, and that an organisation never loses its last administrator.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@pass-numerique/kernel';
import { ORGANISATION_ACTIVITIES, type OrganisationActivity } from '../organisations/organisation.entity';
import { MEMBER_ROLES, type MemberRole } from './member.entity';
import { MemberError } from './member.errors';

/** How long an invitation may be accepted. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

// `pni_<invitation id, 32 hex>_<256 random bits>`: the id makes acceptance one primary-key
// lookup; the random part, hashed under the service's key, is what proves the invitation. As
// credential secrets, not a slow KDF: nobody guesses 256 random bits.
const CODE_FORMAT = /^pni_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function newInvitationCode(invitationId: string): string {
  return `pni_${invitationId.replace(/-/g, '')}_${randomBytes(32).toString('base64url')}`;
}

/** The invitation a code claims to be; undefined when it is not of our format. */
export function invitationIdOf(code: string): string | undefined {
  const hex = CODE_FORMAT.exec(code.trim())?.[1];
  return hex && `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function hashInvitationCode(code: string, key: string): Buffer {
  return createHmac('sha256', key).update(`invitation:${code.trim()}`, 'utf8').digest();
}

export function invitationCodeMatches(code: string, storedHash: Buffer, key: string): boolean {
  const candidate = hashInvitationCode(code, key);
  return candidate.length === storedHash.length && timingSafeEqual(candidate, storedHash);
}

/** Whether an invitation may still be accepted. */
export function isOpen(invitation: { acceptedAt: Date | null; expiresAt: Date }, now: Date): boolean {
  return invitation.acceptedAt === null && invitation.expiresAt.getTime() > now.getTime();
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

export function checkInvitedEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw new DomainError('BAD_USER_INPUT', 'email is not an e-mail address', { field: 'email' });
  return email;
}

export function checkMemberRole(role: string): MemberRole {
  if (!(MEMBER_ROLES as readonly string[]).includes(role)) throw new DomainError('BAD_USER_INPUT', `role must be one of ${MEMBER_ROLES.join(', ')}`, { field: 'role' });
  return role as MemberRole;
}

/** What a self-registering organisation does: at least one activity, each once. */
export function checkActivities(activities: readonly string[]): OrganisationActivity[] {
  const unique = [...new Set(activities)];
  if (unique.length === 0 || unique.some((a) => !(ORGANISATION_ACTIVITIES as readonly string[]).includes(a))) {
    throw new DomainError('BAD_USER_INPUT', `activities must name at least one of ${ORGANISATION_ACTIVITIES.join(', ')}`, { field: 'activities' });
  }
  return unique as OrganisationActivity[];
}

/**
 * A change that would leave the organisation without an administrator — removing the last one,
 * or making them a plain member — is refused.
 */
export function assertKeepsAnAdmin(members: ReadonlyArray<{ subject: string; role: MemberRole }>, subject: string, nextRole: MemberRole | null): void {
  const adminsAfter = members.filter((m) => m.role === 'ADMIN' && (m.subject !== subject || nextRole === 'ADMIN')).length;
  if (adminsAfter === 0) {
    throw new MemberError('LAST_ADMIN', 'an organisation keeps at least one administrator: name another administrator first', { field: 'subject' });
  }
}

/** A place of an organisation the operator has not verified (or has rejected) cannot be qualified. */
export function assertVerified(organisation: { verificationStatus: string } | null): void {
  if (organisation && organisation.verificationStatus !== 'VERIFIED') {
    throw new MemberError('ORGANISATION_NOT_VERIFIED', 'the place’s organisation has not been verified by the platform operator yet: it cannot be qualified before', { field: 'placeId' });
  }
}

const REASON_MAX_LENGTH = 1000;

export function checkRejectionReason(raw: string): string {
  const reason = raw.trim();
  if (!reason || reason.length > REASON_MAX_LENGTH) throw new DomainError('BAD_USER_INPUT', `reason must be 1–${REASON_MAX_LENGTH} characters`, { field: 'reason' });
  return reason;
}
