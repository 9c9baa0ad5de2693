// Every statement on memberships and invitations. The service's rules decide what is written; the
// reads and writes of a transaction take its manager. `membersOf` is what other modules use to
// reach an organisation's people (e.g. to tell them of a change to its bank details).
import { In, type DataSource, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { InvitationEntity, MembershipEntity } from './member.entity';

/** What the gateway needs to turn a person's memberships into grants. */
export interface PersonMembershipRow {
  organisationId: string;
  role: MembershipEntity['role'];
  since: Date;
  activities: OrganisationEntity['activities'];
}

export class MemberRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The members of an organisation, oldest first. */
  membersOf(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<MembershipEntity[]> {
    return manager.getRepository(MembershipEntity).find({ where: { organisationId }, order: { since: 'ASC', subject: 'ASC' } });
  }

  /** The members of several organisations (loaders), oldest first. */
  membersOfOrganisations(organisationIds: readonly string[]): Promise<MembershipEntity[]> {
    return this.dataSource.getRepository(MembershipEntity).find({ where: { organisationId: In([...organisationIds]) }, order: { since: 'ASC', subject: 'ASC' } });
  }

  /** The members of an organisation, locked until the transaction ends: role changes and removals queue behind each other. */
  lockMembersOf(manager: EntityManager, organisationId: string): Promise<MembershipEntity[]> {
    return manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.organisation_id = :organisationId', { organisationId })
      .orderBy('m.since', 'ASC')
      .addOrderBy('m.subject', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  findMembership(organisationId: string, subject: string, manager: EntityManager = this.dataSource.manager): Promise<MembershipEntity | null> {
    return manager.getRepository(MembershipEntity).findOneBy({ organisationId, subject });
  }

  /** A person's memberships, oldest first. */
  membershipsOf(subject: string): Promise<MembershipEntity[]> {
    return this.dataSource.getRepository(MembershipEntity).find({ where: { subject }, order: { since: 'ASC', organisationId: 'ASC' } });
  }

  /** A person's memberships with what each organisation does, oldest first (the gateway's question). */
  async personMemberships(subject: string): Promise<PersonMembershipRow[]> {
    const rows: Array<{ organisation_id: string; role: MembershipEntity['role']; since: Date; activities: OrganisationEntity['activities'] }> = await this.dataSource.query(
      `SELECT m.organisation_id, m.role, m.since, o.activities
         FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.subject = $1
        ORDER BY m.since, m.organisation_id`,
      [subject],
    );
    return rows.map((r) => ({ organisationId: r.organisation_id, role: r.role, since: r.since, activities: r.activities }));
  }

  async saveMembership(manager: EntityManager, membership: MembershipEntity): Promise<void> {
    await manager.save(MembershipEntity, membership);
  }

  async deleteMembership(manager: EntityManager, organisationId: string, subject: string): Promise<void> {
    await manager.getRepository(MembershipEntity).delete({ organisationId, subject });
  }

  /** An organisation's invitations not yet accepted, newest first. */
  openInvitationsOf(organisationIds: readonly string[]): Promise<InvitationEntity[]> {
    return this.dataSource
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.organisation_id = ANY(:organisationIds)', { organisationIds: [...organisationIds] })
      .andWhere('i.accepted_at IS NULL')
      .orderBy('i.created_at', 'DESC')
      .getMany();
  }

  /** The invitation, locked until the transaction ends: two acceptances of one code queue, the second finds it used. */
  lockInvitation(manager: EntityManager, id: string): Promise<InvitationEntity | null> {
    return manager.getRepository(InvitationEntity).createQueryBuilder('i').where('i.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async saveInvitation(manager: EntityManager, invitation: InvitationEntity): Promise<void> {
    await manager.save(InvitationEntity, invitation);
  }

  lockOrganisation(manager: EntityManager, id: string): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async saveOrganisation(manager: EntityManager, organisation: OrganisationEntity): Promise<void> {
    await manager.save(OrganisationEntity, organisation);
  }
}
