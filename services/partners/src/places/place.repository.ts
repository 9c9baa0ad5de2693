// Every statement on places and their qualifications. The services' rules decide what is written; the
// reads and writes of a transaction take its manager.
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { PlaceEntity, PlaceQualificationEntity, QualificationStepEntity } from './place.entity';

export interface PlaceFilter {
  /** INSEE codes of the communes of a territory; undefined = anywhere. */
  communes?: readonly string[];
  organisationId?: string;
  /** A service label of the standard the place must offer. */
  service?: string | null;
  /** A public label of the standard the place must address. */
  public?: string | null;
  /** Qualified for at least one programme. */
  qualifiedOnly?: boolean | null;
  /** Qualified for this programme (whatever qualifiedOnly says). */
  programmeId?: string | null;
}

export class PlaceRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<PlaceEntity[]> {
    return this.dataSource.getRepository(PlaceEntity).findBy({ id: In([...ids]) });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PlaceEntity | null> {
    return manager.getRepository(PlaceEntity).findOneBy({ id });
  }

  /** Locks the place for the rest of the transaction: qualification steps of one place happen one at a time. */
  lockById(manager: EntityManager, id: string): Promise<PlaceEntity | null> {
    return manager.getRepository(PlaceEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
  }

  lockByExternalId(manager: EntityManager, organisationId: string, externalId: string): Promise<PlaceEntity | null> {
    return manager
      .getRepository(PlaceEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.organisation_id = :organisationId AND p.external_id = :externalId', { organisationId, externalId })
      .getOne();
  }

  findByExternalId(manager: EntityManager, organisationId: string, externalId: string): Promise<PlaceEntity | null> {
    return manager.getRepository(PlaceEntity).findOneBy({ organisationId, externalId });
  }

  historyOf(placeIds: readonly string[]): Promise<QualificationStepEntity[]> {
    return this.dataSource.getRepository(QualificationStepEntity).find({ where: { placeId: In([...placeIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** The places' qualifications, in every programme they applied to, in the order they applied. */
  /** The places' qualifications in programmes; a sandbox's is not one (funding knows no sandbox, so its Programme could not be resolved). */
  qualificationsOf(placeIds: readonly string[]): Promise<PlaceQualificationEntity[]> {
    return this.dataSource
      .getRepository(PlaceQualificationEntity)
      .createQueryBuilder('q')
      .where('q.placeId IN (:...placeIds)', { placeIds: [...placeIds] })
      .andWhere('NOT EXISTS (SELECT 1 FROM sandbox s WHERE s.programme_id = q.programme_id)')
      .orderBy('q.appliedAt', 'ASC')
      .addOrderBy('q.programmeId', 'ASC')
      .getMany();
  }

  /** Inside the transaction that holds the place's lock: its qualification in one programme. */
  findQualification(manager: EntityManager, placeId: string, programmeId: string): Promise<PlaceQualificationEntity | null> {
    return manager.getRepository(PlaceQualificationEntity).findOneBy({ placeId, programmeId });
  }

  /** Whether any programme has ever qualified the place: from then on its bank details are those on file. Its organisation's sandbox (sandboxes/) is no programme here. */
  async everQualified(manager: EntityManager, placeId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM qualification_step q WHERE place_id = $1 AND action = 'QUALIFY' AND NOT EXISTS (SELECT 1 FROM sandbox s WHERE s.programme_id = q.programme_id)) AS qualified`,
      [placeId],
    );
    return row.qualified;
  }

  /** Whether the place is qualified for at least one programme now, as its qualifications say; a sandbox does not make it accept passes. */
  async qualifiedAnywhere(manager: EntityManager, placeId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM place_qualification q WHERE place_id = $1 AND status = 'QUALIFIED' AND NOT EXISTS (SELECT 1 FROM sandbox s WHERE s.programme_id = q.programme_id)) AS qualified`,
      [placeId],
    );
    return row.qualified;
  }

  /** Ordered by name then id, so that pages are stable while places are added. */
  async page(filter: PlaceFilter, after: { name: string; id: string } | undefined, limit: number): Promise<{ rows: PlaceEntity[]; totalCount: number }> {
    if (filter.communes?.length === 0) return { rows: [], totalCount: 0 };
    const rowsQuery = this.filtered(filter).orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').limit(limit);
    if (after) rowsQuery.andWhere('(p.name, p.id) > (:afterName, :afterId)', { afterName: after.name, afterId: after.id });
    const [rows, totalCount] = await Promise.all([rowsQuery.getMany(), this.filtered(filter).getCount()]);
    return { rows, totalCount };
  }

  /** Every place matching the filter, by commune then name: the export streams through it in batches. */
  async *scan(filter: PlaceFilter, batchSize = 1_000): AsyncGenerator<PlaceEntity[]> {
    if (filter.communes?.length === 0) return;
    let after: { name: string; id: string } | undefined;
    for (;;) {
      const { rows } = await this.page(filter, after, batchSize);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1];
      after = { name: last.name, id: last.id };
    }
  }

  /** Place counts per commune, for the communes given: one query however many territories asked. */
  async countByCommune(communes: readonly string[], qualifiedOnly: boolean): Promise<Map<string, number>> {
    if (communes.length === 0) return new Map();
    // Two texts, not one with a boolean parameter: only a literal predicate lets the planner use
    // the partial index place_accepting_insee (216–328 ms per call at 100,000 places before).
    const rows: Array<{ insee_code: string; count: number }> = await this.dataSource.query(
      `SELECT insee_code, count(*)::int AS count FROM place
        WHERE insee_code = ANY($1) ${qualifiedOnly ? `AND accepts_passes` : ''}
        GROUP BY insee_code`,
      [communes],
    );
    return new Map(rows.map((r) => [r.insee_code, r.count]));
  }

  private filtered(filter: PlaceFilter): SelectQueryBuilder<PlaceEntity> {
    const qb = this.dataSource.getRepository(PlaceEntity).createQueryBuilder('p');
    if (filter.communes) qb.andWhere('p.insee_code = ANY(:communes)', { communes: filter.communes });
    if (filter.organisationId) qb.andWhere('p.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.service) qb.andWhere('p.services @> ARRAY[:service]::text[]', { service: filter.service });
    if (filter.public) qb.andWhere('p.publics @> ARRAY[:publicLabel]::text[]', { publicLabel: filter.public });
    if (filter.programmeId) {
      qb.andWhere(`EXISTS (SELECT 1 FROM place_qualification q WHERE q.place_id = p.id AND q.programme_id = :programmeId AND q.status = 'QUALIFIED')`, { programmeId: filter.programmeId });
    } else if (filter.qualifiedOnly) qb.andWhere(`p.accepts_passes`);
    return qb;
  }

  async savePlace(manager: EntityManager, place: PlaceEntity): Promise<void> {
    await manager.save(place);
  }

  async saveQualification(manager: EntityManager, qualification: PlaceQualificationEntity): Promise<void> {
    await manager.save(qualification);
  }

  async saveQualificationStep(manager: EntityManager, step: QualificationStepEntity): Promise<void> {
    await manager.save(step);
  }
}
