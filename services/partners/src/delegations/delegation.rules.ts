// The life of a delegation, without I/O: which step may follow which, and its history as steps.

export type DelegationStatus = 'PENDING' | 'ACTIVE' | 'DECLINED' | 'REVOKED';
/** Which organisation took a step: the vendor that asked, or the organisation that delegates. */
export type DelegationSide = 'VENDOR' | 'ORGANISATION';
export type DelegationAction = 'accept' | 'decline' | 'revoke';

const ALLOWED: Record<DelegationAction, readonly DelegationStatus[]> = {
  accept: ['PENDING'],
  decline: ['PENDING'],
  // The vendor may withdraw its request; either side ends a delegation in force.
  revoke: ['PENDING', 'ACTIVE'],
};
const OUTCOME: Record<DelegationAction, DelegationStatus> = { accept: 'ACTIVE', decline: 'DECLINED', revoke: 'REVOKED' };

/** The status after the action, or undefined when the action does not apply to the current status. */
export function nextDelegationStatus(current: DelegationStatus, action: DelegationAction): DelegationStatus | undefined {
  return ALLOWED[action].includes(current) ? OUTCOME[action] : undefined;
}

export interface DelegationStep {
  status: DelegationStatus;
  at: Date;
  by: string;
  side: DelegationSide;
}

interface DelegationRecord {
  requestedAt: Date;
  requestedBy: string;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  declinedAt: Date | null;
  declinedBy: string | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokedBySide: DelegationSide | null;
}

/** Every step taken, oldest first. */
export function delegationHistory(d: DelegationRecord): DelegationStep[] {
  const steps: DelegationStep[] = [{ status: 'PENDING', at: d.requestedAt, by: d.requestedBy, side: 'VENDOR' }];
  if (d.acceptedAt && d.acceptedBy) steps.push({ status: 'ACTIVE', at: d.acceptedAt, by: d.acceptedBy, side: 'ORGANISATION' });
  if (d.declinedAt && d.declinedBy) steps.push({ status: 'DECLINED', at: d.declinedAt, by: d.declinedBy, side: 'ORGANISATION' });
  if (d.revokedAt && d.revokedBy) steps.push({ status: 'REVOKED', at: d.revokedAt, by: d.revokedBy, side: d.revokedBySide ?? 'ORGANISATION' });
  return steps;
}
