// Every statement on agreements, and the lock an agreement takes. The service's rules decide what is
// written; the reads and writes of a transaction take its manager.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AgreementEntity, type ProgrammeRole } from './agreement.entity';

export class AgreementRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises agreements of one organisation in one programme for the transaction's life. */
  async lockAgreementsOf(manager: EntityManager, programmeId: string, organisationId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`agreement:${programmeId}:${organisationId}`]);
  }

  findByIds(ids: readonly string[]): Promise<AgreementEntity[]> {
    return this.dataSource.getRepository(AgreementEntity).findBy({ id: In([...ids]) });
  }

  findById(id: string): Promise<AgreementEntity | null> {
    return this.dataSource.getRepository(AgreementEntity).findOneBy({ id });
  }

  ofOrganisations(organisationIds: readonly string[]): Promise<AgreementEntity[]> {
    return this.dataSource
      .getRepository(AgreementEntity)
      .find({ where: { organisationId: In([...organisationIds]) }, order: { startsOn: 'ASC', id: 'ASC' } });
  }

  /** Agreements of the same organisation, programme, role and scope whose periods overlap [startsOn, endsOn]. */
  overlapping(manager: EntityManager, a: Pick<AgreementEntity, 'programmeId' | 'organisationId' | 'role' | 'scopeLevel' | 'scopeCode' | 'startsOn' | 'endsOn'>) {
    return manager
      .getRepository(AgreementEntity)
      .createQueryBuilder('a')
      .where('a.programme_id = :programmeId AND a.organisation_id = :organisationId AND a.role = :role', a)
      .andWhere('a.scope_level IS NOT DISTINCT FROM :scopeLevel AND a.scope_code IS NOT DISTINCT FROM :scopeCode', a)
      .andWhere(`daterange(a.starts_on, a.ends_on, '[]') && daterange(CAST(:startsOn AS date), CAST(:endsOn AS date), '[]')`, a)
      .getOne();
  }

  async page(query: { programmeId: string; role?: ProgrammeRole | null; afterId?: string; limit: number }) {
    const base = () => {
      const qb = this.dataSource.getRepository(AgreementEntity).createQueryBuilder('a').where('a.programme_id = :programmeId', query);
      if (query.role) qb.andWhere('a.role = :role', query);
      return qb;
    };
    const rowsQuery = base().orderBy('a.id', 'ASC').limit(query.limit);
    if (query.afterId) rowsQuery.andWhere('a.id > :afterId', query);
    const [rows, totalCount] = await Promise.all([rowsQuery.getMany(), base().getCount()]);
    return { rows, totalCount };
  }

  async saveAgreement(manager: EntityManager, agreement: AgreementEntity): Promise<void> {
    await manager.save(agreement);
  }
}
