// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TerritoryRecord } from '../territories/territory.entity';

/** A programme zone. Its definition and member communes live in zone_definition and zone_member. */
@Entity({ name: 'zone' })
export class ZoneEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  /** The name as compared for uniqueness (accents, case and punctuation aside). */
  @Column({ name: 'name_key', type: 'text' })
  nameKey!: string;

  @Column({ name: 'pass_quota', type: 'integer', nullable: true })
  passQuota!: number | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Sum of the member communes' populations, kept with the members. */
  @Column({ type: 'integer' })
  population!: number;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'defined_at', type: 'timestamptz' })
  definedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export interface ZoneDefinition {
  communes: string[];
  epcis: string[];
}

/** The zone as a territory of level ZONE, named by its id: what other services attach their figures to. */
export function zoneAsTerritory(zone: ZoneEntity): TerritoryRecord {
  return {
    level: 'ZONE',
    code: zone.id,
    name: zone.name,
    population: zone.population,
    parentLevel: null,
    parentCode: null,
    epciCode: null,
    departementCode: null,
    regionCode: null,
    siren: null,
    epciKind: null,
    postalCodes: [],
  };
}
