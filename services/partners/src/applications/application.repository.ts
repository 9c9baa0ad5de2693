// Every statement on applications: the documents programmes ask for, the documents each
// application gave, and the list of a programme's applications.
import type { DataSource, EntityManager } from 'typeorm';
import { PlaceQualificationEntity, type QualificationStatus } from '../places/place.entity';
import { ApplicationDocumentEntity, ApplicationRequirementEntity } from './application.entity';

export class ApplicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  findRequirement(programmeId: string, manager: EntityManager = this.dataSource.manager): Promise<ApplicationRequirementEntity | null> {
    return manager.getRepository(ApplicationRequirementEntity).findOneBy({ programmeId });
  }

  async saveRequirement(manager: EntityManager, requirement: ApplicationRequirementEntity): Promise<void> {
    await manager.getRepository(ApplicationRequirementEntity).save(requirement);
  }

  async insertDocuments(manager: EntityManager, rows: ApplicationDocumentEntity[]): Promise<void> {
    if (rows.length > 0) await manager.getRepository(ApplicationDocumentEntity).insert(rows);
  }

  /** For each (place, programme) asked, the document ids its latest application gave. */
  async latestDocumentIds(keys: ReadonlyArray<{ placeId: string; programmeId: string }>): Promise<Array<{ placeId: string; programmeId: string; documentId: string }>> {
    if (keys.length === 0) return [];
    const rows: Array<{ place_id: string; programme_id: string; document_id: string }> = await this.dataSource.query(
      `SELECT d.place_id, d.programme_id, d.document_id
         FROM application_document d
         JOIN unnest($1::uuid[], $2::uuid[]) AS k(place_id, programme_id) ON k.place_id = d.place_id AND k.programme_id = d.programme_id
        WHERE d.submitted_at = (SELECT max(l.submitted_at) FROM application_document l WHERE l.place_id = d.place_id AND l.programme_id = d.programme_id)
        ORDER BY d.document_id`,
      [keys.map((k) => k.placeId), keys.map((k) => k.programmeId)],
    );
    return rows.map((r) => ({ placeId: r.place_id, programmeId: r.programme_id, documentId: r.document_id }));
  }

  /** One page of a programme's applications, by place id. */
  async page(query: { programmeId: string; status?: QualificationStatus | null; afterPlaceId?: string; limit: number }) {
    const base = () => {
      const qb = this.dataSource.getRepository(PlaceQualificationEntity).createQueryBuilder('q').where('q.programme_id = :programmeId', query);
      if (query.status) qb.andWhere('q.status = :status', query);
      return qb;
    };
    const rowsQuery = base().orderBy('q.place_id', 'ASC').limit(query.limit);
    if (query.afterPlaceId) rowsQuery.andWhere('q.place_id > :afterPlaceId', query);
    const [rows, totalCount] = await Promise.all([rowsQuery.getMany(), base().getCount()]);
    return { rows, totalCount };
  }
}
