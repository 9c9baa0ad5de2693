// Every statement on organisations. The service's rules decide what is written; the reads and writes
// of a transaction take its manager.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { OrganisationEntity, type OrganisationKind, type VerificationStatus } from './organisation.entity';

export interface OrganisationPageQuery {
  /** Keyset position: the (name, id) of the last organisation already seen. */
  after?: { name: string; id: string };
  limit: number;
  legalKind?: OrganisationKind | null;
  verificationStatus?: VerificationStatus;
}

export class OrganisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.dataSource.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).findOneBy({ id });
  }

  findBySiret(siret: string, manager: EntityManager = this.dataSource.manager): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).findOneBy({ siret });
  }

  /** Organisations named by any of these identifiers (the standard's `pivot`: a SIRET, an RNA number or a SIREN). */
  findByIdentifiers(sirets: string[], rnas: string[], sirens: string[]): Promise<OrganisationEntity[]> {
    if (sirets.length + rnas.length + sirens.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where('o.siret = ANY(:sirets) OR o.rna = ANY(:rnas) OR o.siren = ANY(:sirens)', { sirets, rnas, sirens })
      .getMany();
  }

  /** Ordered by name then id, so that pages are stable while organisations are added. */
  async page(query: OrganisationPageQuery): Promise<{ rows: OrganisationEntity[]; totalCount: number }> {
    const base = () => {
      const qb = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o');
      if (query.legalKind) qb.andWhere('o.legal_kind = :kind', { kind: query.legalKind });
      if (query.verificationStatus) qb.andWhere('o.verification_status = :status', { status: query.verificationStatus });
      return qb;
    };
    const rowsQuery = base().orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(query.limit);
    if (query.after) rowsQuery.andWhere('(o.name, o.id) > (:name, :id)', query.after);
    const [rows, totalCount] = await Promise.all([rowsQuery.getMany(), base().getCount()]);
    return { rows, totalCount };
  }

  /**
   * The programmes an organisation takes part in on a day: those of its agreements in force that
   * day, and those its places applied to and were neither refused nor revoked from.
   */
  async programmesOf(organisationId: string, day: string): Promise<string[]> {
    const rows: Array<{ programme_id: string }> = await this.dataSource.query(
      `SELECT programme_id FROM agreement
        WHERE organisation_id = $1 AND starts_on <= $2::date AND (ends_on IS NULL OR ends_on >= $2::date)
       UNION
       SELECT q.programme_id FROM place_qualification q JOIN place p ON p.id = q.place_id
        WHERE p.organisation_id = $1 AND q.status NOT IN ('REVOKED', 'REFUSED')
          -- The organisation's sandbox is not a programme it takes part in: its keys are test keys (credentials/).
          AND NOT EXISTS (SELECT 1 FROM sandbox s WHERE s.programme_id = q.programme_id)
       ORDER BY 1`,
      [organisationId, day],
    );
    return rows.map((r) => r.programme_id);
  }

  async saveOrganisation(manager: EntityManager, organisation: OrganisationEntity): Promise<void> {
    await manager.save(organisation);
  }
}
