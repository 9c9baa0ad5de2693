// Every statement on notifications. Writes take the manager of the transaction that caused them.
import type { DataSource, EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, notifications: NotificationEntity[]): Promise<void> {
    if (notifications.length > 0) await manager.createQueryBuilder().insert().into(NotificationEntity).values(notifications).execute();
  }

  /** A person's notifications, newest first. */
  listFor(subject: string, unreadOnly: boolean, limit: number): Promise<NotificationEntity[]> {
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_subject = :subject', { subject })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit);
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return query.getMany();
  }

  /** Marks the person's notification read (once: the first reading's instant is kept); null when it is not theirs. */
  async markRead(id: string, subject: string, at: Date): Promise<NotificationEntity | null> {
    await this.dataSource.query(`UPDATE notification SET read_at = $3 WHERE id = $1 AND recipient_subject = $2 AND read_at IS NULL`, [id, subject, at]);
    return this.dataSource.getRepository(NotificationEntity).findOneBy({ id, recipientSubject: subject });
  }
}
