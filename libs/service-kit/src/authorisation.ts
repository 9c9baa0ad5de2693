// Coarse role checks until the access issue brings the full matrix; every mutation calls one.
import { DomainError } from '@pass-numerique/kernel';
import type { Identity, Role } from './identity';

export function requireRole(identity: Identity, ...allowed: Role[]): void {
  if (!allowed.includes(identity.role)) {
    // Says nothing about whether the target exists (no enumeration through refusals).
    throw new DomainError('FORBIDDEN', 'you are not allowed to do this');
  }
}
