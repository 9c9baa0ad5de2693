// Notifications: what the people of an organisation are told inside the console (a change of its
// bank details, so that a change made by one of them, or by someone who took their account, does
// not go unseen by the others). Each person reads and marks their own only.
import type { EntityManager } from 'typeorm';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import type { Reach } from '@pass-numerique/service-kit';
import { NotificationEntity, type BankDetailsChangedPayload, type NotificationKind } from './notification.entity';
import type { NotificationRepository } from './notification.repository';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

export class NotificationService {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  /** Inside the transaction of what they announce: one notification per recipient. */
  async notify(manager: EntityManager, recipients: readonly string[], organisationId: string, kind: NotificationKind, payload: BankDetailsChangedPayload, at: Date): Promise<void> {
    const unique = [...new Set(recipients)];
    await this.repository.insert(
      manager,
      unique.map((recipientSubject) => manager.create(NotificationEntity, { id: newId(), recipientSubject, organisationId, kind, payload, createdAt: at, readAt: null })),
    );
  }

  mine(reach: Reach, args: { unreadOnly?: boolean | null; first?: number | null }): Promise<NotificationEntity[]> {
    const limit = Math.min(Math.max(args.first ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
    return this.repository.listFor(reach.identity.subject, args.unreadOnly ?? false, limit);
  }

  /** Someone else's notification answers as a missing one. */
  async markRead(rawId: string, reach: Reach): Promise<NotificationEntity> {
    const id = parseId(rawId, 'notificationId');
    const notification = await this.repository.markRead(id, reach.identity.subject, this.clock.now());
    if (!notification) throw new DomainError('NOT_FOUND', `notification ${id} does not exist`, { field: 'notificationId' });
    return notification;
  }
}
