// Every column names its type: the esbuild bundle carries no decorator metadata (ARCHITECTURE.md, trap 2).
// Rows are written only by the reference import; reads go through raw SQL in the repository
// (batched lookups by composite key are one `unnest` join), mapped to TerritoryRecord.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AdministrativeLevel, TerritoryLevel } from './territory-codes';

@Entity({ name: 'territory' })
export class TerritoryEntity {
  @PrimaryColumn({ type: 'text' })
  level!: AdministrativeLevel;

  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  population!: number;

  @Column({ name: 'parent_level', type: 'text', nullable: true })
  parentLevel!: AdministrativeLevel | null;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode!: string | null;

  @Column({ name: 'epci_code', type: 'text', nullable: true })
  epciCode!: string | null;

  @Column({ name: 'departement_code', type: 'text', nullable: true })
  departementCode!: string | null;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @Column({ type: 'text', nullable: true })
  siren!: string | null;

  @Column({ name: 'epci_kind', type: 'text', nullable: true })
  epciKind!: string | null;

  @Column({ name: 'postal_codes', type: 'text', array: true })
  postalCodes!: string[];

  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  @Column({ name: 'search_name_bare', type: 'text' })
  searchNameBare!: string;
}

/** A territory as resolvers see it: an administrative area, or a programme zone (level ZONE, code = its id). */
export interface TerritoryRecord {
  level: TerritoryLevel;
  code: string;
  name: string;
  population: number;
  parentLevel: AdministrativeLevel | null;
  parentCode: string | null;
  epciCode: string | null;
  departementCode: string | null;
  regionCode: string | null;
  siren: string | null;
  epciKind: string | null;
  postalCodes: string[];
}

export interface TerritoryRef {
  level: TerritoryLevel;
  code: string;
}

/** The chain above a territory, nearest first. A commune's chain holds its own département even when its EPCI sits mostly in another. */
export function ancestorRefs(t: TerritoryRecord): TerritoryRef[] {
  const chain: TerritoryRef[] = [];
  if (t.level === 'COMMUNE' && t.epciCode) chain.push({ level: 'EPCI', code: t.epciCode });
  if ((t.level === 'COMMUNE' || t.level === 'EPCI') && t.departementCode) chain.push({ level: 'DEPARTEMENT', code: t.departementCode });
  if (t.level !== 'REGION' && t.level !== 'ZONE' && t.regionCode) chain.push({ level: 'REGION', code: t.regionCode });
  return chain;
}
