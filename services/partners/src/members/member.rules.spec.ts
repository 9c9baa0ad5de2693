import { randomUUID } from 'node:crypto';
import { assertKeepsAnAdmin, assertVerified, checkActivities, checkInvitedEmail, hashInvitationCode, invitationCodeMatches, invitationIdOf, isOpen, newInvitationCode } from './member.rules';

describe('members’ rules', () => {
  it('makes invitation codes that name their invitation and match only their own keyed hash', () => {
    const id = randomUUID();
    const code = newInvitationCode(id);
    expect(invitationIdOf(code)).toBe(id);
    expect(invitationIdOf(` ${code} `)).toBe(id);
    expect(invitationIdOf('pni_nothex_x')).toBeUndefined();
    const hash = hashInvitationCode(code, 'key-1');
    expect(invitationCodeMatches(code, hash, 'key-1')).toBe(true);
    expect(invitationCodeMatches(code, hash, 'key-2')).toBe(false);
    expect(invitationCodeMatches(newInvitationCode(id), hash, 'key-1')).toBe(false);
  });

  it('opens an invitation until it expires or is accepted', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(isOpen({ acceptedAt: null, expiresAt: new Date('2026-12-03T12:00:01Z') }, now)).toBe(true);
    expect(isOpen({ acceptedAt: null, expiresAt: now }, now)).toBe(false);
    expect(isOpen({ acceptedAt: now, expiresAt: new Date('2026-12-10T12:00:00Z') }, now)).toBe(false);
  });

  it('never lets the last administrator go or step down', () => {
    const members = [{ subject: 'a', role: 'ADMIN' as const }, { subject: 'b', role: 'MEMBER' as const }];
    expect(() => assertKeepsAnAdmin(members, 'a', null)).toThrow(expect.objectContaining({ code: 'LAST_ADMIN' }));
    expect(() => assertKeepsAnAdmin(members, 'a', 'MEMBER')).toThrow(expect.objectContaining({ code: 'LAST_ADMIN' }));
    expect(() => assertKeepsAnAdmin(members, 'b', null)).not.toThrow();
    expect(() => assertKeepsAnAdmin([...members, { subject: 'c', role: 'ADMIN' }], 'a', null)).not.toThrow();
  });

  it('checks e-mails, activities and verification', () => {
    expect(checkInvitedEmail(' Jeanne@Exemple.FR ')).toBe('jeanne@exemple.fr');
    expect(() => checkInvitedEmail('jeanne')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'email' }) }));
    expect(checkActivities(['DISTRIBUTOR', 'DISTRIBUTOR'])).toEqual(['DISTRIBUTOR']);
    expect(() => checkActivities(['SHOP'])).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => assertVerified({ verificationStatus: 'UNVERIFIED' })).toThrow(expect.objectContaining({ code: 'ORGANISATION_NOT_VERIFIED' }));
    expect(() => assertVerified({ verificationStatus: 'REJECTED' })).toThrow(expect.objectContaining({ code: 'ORGANISATION_NOT_VERIFIED' }));
    expect(() => assertVerified({ verificationStatus: 'VERIFIED' })).not.toThrow();
  });
});
