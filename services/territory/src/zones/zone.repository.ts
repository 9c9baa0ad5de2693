// Every statement on zones, their definitions and members, and the checks and expansion of the codes
// a zone is defined with. Every write takes the service's transaction (`manager`).
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ZoneEntity, type ZoneDefinition } from './zone.entity';

export class ZoneRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<ZoneEntity[]> {
    return this.dataSource.getRepository(ZoneEntity).findBy({ id: In([...ids]) });
  }

  /** The zone, locked until the end of the caller's transaction (changes to one zone queue up). */
  lockById(manager: EntityManager, id: string): Promise<ZoneEntity | null> {
    return manager.getRepository(ZoneEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByName(manager: EntityManager, programmeId: string | null, nameKey: string): Promise<ZoneEntity | null> {
    return manager
      .getRepository(ZoneEntity)
      .createQueryBuilder('z')
      .where(`coalesce(z.programme_id, '00000000-0000-0000-0000-000000000000'::uuid) = coalesce(:programmeId::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`, { programmeId })
      .andWhere('z.name_key = :nameKey', { nameKey })
      .getOne();
  }

  /** A page of zones by name, optionally of one programme; keyset on (name_key, id). */
  async page(programmeId: string | null, after: { nameKey: string; id: string } | null, limit: number): Promise<{ rows: ZoneEntity[]; totalCount: number }> {
    const query = this.dataSource.getRepository(ZoneEntity).createQueryBuilder('z');
    if (programmeId) query.where('z.programme_id = :programmeId', { programmeId });
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('(z.name_key > :nameKey OR (z.name_key = :nameKey AND z.id > :id))', after);
    const rows = await query.orderBy('z.name_key').addOrderBy('z.id').limit(limit).getMany();
    return { rows, totalCount };
  }

  async definitionsOf(zoneIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ZoneDefinition>> {
    const rows: Array<{ zone_id: string; level: 'COMMUNE' | 'EPCI'; code: string }> = await manager.query(
      `SELECT zone_id, level, code FROM zone_definition WHERE zone_id = ANY($1::uuid[]) ORDER BY zone_id, level, code`,
      [zoneIds],
    );
    const definitions = new Map<string, ZoneDefinition>(zoneIds.map((id) => [id, { communes: [], epcis: [] }]));
    for (const row of rows) definitions.get(row.zone_id)?.[row.level === 'COMMUNE' ? 'communes' : 'epcis'].push(row.code);
    return definitions;
  }

  async membersOf(manager: EntityManager, zoneId: string): Promise<string[]> {
    const rows: Array<{ commune_code: string }> = await manager.query(`SELECT commune_code FROM zone_member WHERE zone_id = $1 ORDER BY commune_code`, [zoneId]);
    return rows.map((r) => r.commune_code);
  }

  /** Which of the given codes name no current commune / EPCI; one statement. */
  async unknownCodes(manager: EntityManager, definition: ZoneDefinition): Promise<ZoneDefinition> {
    const levels = [...definition.communes.map(() => 'COMMUNE'), ...definition.epcis.map(() => 'EPCI')];
    const rows: Array<{ level: 'COMMUNE' | 'EPCI'; code: string }> = await manager.query(
      `SELECT k.level, k.code FROM unnest($1::text[], $2::text[]) AS k(level, code)
       WHERE NOT EXISTS (SELECT 1 FROM territory t WHERE t.level = k.level AND t.code = k.code)
       ORDER BY k.level, k.code`,
      [levels, [...definition.communes, ...definition.epcis]],
    );
    return { communes: rows.filter((r) => r.level === 'COMMUNE').map((r) => r.code), epcis: rows.filter((r) => r.level === 'EPCI').map((r) => r.code) };
  }

  /** The communes a definition stands for (named ones plus the EPCIs' members), sorted, with their population. */
  async expand(manager: EntityManager, definition: ZoneDefinition): Promise<{ communes: string[]; population: number }> {
    const rows: Array<{ code: string; population: number }> = await manager.query(
      `SELECT code, population FROM territory
       WHERE level = 'COMMUNE' AND (code = ANY($1::text[]) OR epci_code = ANY($2::text[]))
       ORDER BY code`,
      [definition.communes, definition.epcis],
    );
    return { communes: rows.map((r) => r.code), population: rows.reduce((sum, r) => sum + r.population, 0) };
  }

  async allIds(manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM zone ORDER BY id`);
    return rows.map((r) => r.id);
  }

  /** Replaces a zone's definition and its expanded member communes. */
  async writeDefinition(manager: EntityManager, zoneId: string, definition: ZoneDefinition, members: string[]): Promise<void> {
    await manager.query(`DELETE FROM zone_definition WHERE zone_id = $1`, [zoneId]);
    await manager.query(`DELETE FROM zone_member WHERE zone_id = $1`, [zoneId]);
    const levels = [...definition.communes.map(() => 'COMMUNE'), ...definition.epcis.map(() => 'EPCI')];
    await manager.query(`INSERT INTO zone_definition (zone_id, level, code) SELECT $1, * FROM unnest($2::text[], $3::text[])`, [
      zoneId,
      levels,
      [...definition.communes, ...definition.epcis],
    ]);
    await manager.query(`INSERT INTO zone_member (zone_id, commune_code) SELECT $1, * FROM unnest($2::text[])`, [zoneId, members]);
  }

  async insertZone(manager: EntityManager, zone: ZoneEntity): Promise<void> {
    await manager.insert(ZoneEntity, zone);
  }

  async deleteZone(manager: EntityManager, zoneId: string): Promise<void> {
    await manager.delete(ZoneEntity, { id: zoneId });
  }

  async setPopulation(manager: EntityManager, zoneId: string, population: number): Promise<void> {
    await manager.update(ZoneEntity, { id: zoneId }, { population });
  }
}
