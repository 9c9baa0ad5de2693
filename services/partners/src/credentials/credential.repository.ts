// Every statement on partner credentials. The secret's hash is read by verification alone.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CredentialEntity } from './credential.entity';

export class CredentialRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<CredentialEntity | null> {
    return manager.getRepository(CredentialEntity).findOneBy({ id });
  }

  /** With the hash, for verification only. */
  findWithHash(id: string): Promise<CredentialEntity | null> {
    return this.dataSource.getRepository(CredentialEntity).createQueryBuilder('c').addSelect('c.secretHash').where('c.id = :id', { id }).getOne();
  }

  lockById(manager: EntityManager, id: string): Promise<CredentialEntity | null> {
    return manager.getRepository(CredentialEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  }

  ofOrganisations(organisationIds: readonly string[]): Promise<CredentialEntity[]> {
    return this.dataSource.getRepository(CredentialEntity).find({ where: { organisationId: In([...organisationIds]) }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Records a use at most once a minute: verification runs on every partner request and must not write each time. */
  async touch(id: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE partner_credential SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
      [id, at],
    );
  }

  async saveCredential(manager: EntityManager, credential: CredentialEntity): Promise<void> {
    await manager.save(credential);
  }
}
