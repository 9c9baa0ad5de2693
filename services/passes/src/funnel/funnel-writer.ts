// Writes funnel changes inside the caller's transaction, next to the state change they count.
// All the rows one change touches are upserted in a single statement, in a fixed order, so that
// concurrent transactions lock them in the same order (no deadlock).
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Geography } from '@pass-numerique/geography';
import type { FunnelDimension, FunnelStage } from './funnel.repository';
import { FunnelCounterRepository, type AlongsideStatement, type CounterDeltas } from './funnel-counter.repository';

export interface FunnelChange {
  dimension: FunnelDimension;
  key: string;
  stage: FunnelStage;
  delta: number;
}

/**
 * Every counter row is spread over a few shards, one picked at random per transaction: two
 * redemptions at the same place (or for the same programme, région, commune, distributor…) then
 * rarely wait on the same row lock. Readers sum at most this many rows per key.
 */
export const SHARDS = 8;

/** Where a pass counts once it is in a beneficiary's hands: where they live, who handed it, which publics. */
export interface HandOutDimensions {
  distributorOrganisationId: string;
  residenceInseeCode: string;
  residenceEpci: string | null;
  residenceDepartement: string;
  residenceRegion: string;
  zoneIds: string[];
  publics: string[];
}

export function handOutChanges(h: HandOutDimensions, stage: FunnelStage, delta: number, placeId?: string): FunnelChange[] {
  const changes: FunnelChange[] = [
    { dimension: 'PROGRAMME', key: '', stage, delta },
    { dimension: 'DISTRIBUTOR', key: h.distributorOrganisationId, stage, delta },
    { dimension: 'COMMUNE', key: h.residenceInseeCode, stage, delta },
    { dimension: 'DEPARTEMENT', key: h.residenceDepartement, stage, delta },
    { dimension: 'REGION', key: h.residenceRegion, stage, delta },
    ...h.publics.map((p) => ({ dimension: 'PUBLIC' as const, key: p, stage, delta })),
    ...h.zoneIds.map((z) => ({ dimension: 'ZONE' as const, key: z, stage, delta })),
  ];
  if (h.residenceEpci) changes.push({ dimension: 'EPCI', key: h.residenceEpci, stage, delta });
  if (placeId) changes.push({ dimension: 'PLACE', key: placeId, stage, delta });
  return changes;
}

/** A territory and every administrative territory above it (a zone stands alone). */
export function territoryChanges(territory: { level: string; code: string }, stage: FunnelStage, delta: number): FunnelChange[] {
  const chain: Array<{ level: string; code: string }> = [territory];
  const geography = Geography.load();
  if (territory.level === 'COMMUNE') chain.push(...geography.ancestorsOfCommune(territory.code));
  else if (territory.level === 'EPCI') {
    const seat = geography.commune(geography.membersOfEpci(territory.code)[0] ?? '');
    if (seat) chain.push({ level: 'DEPARTEMENT', code: seat.departement }, { level: 'REGION', code: seat.region });
  } else if (territory.level === 'DEPARTEMENT') {
    const region = geography.departements.get(territory.code)?.parent;
    if (region) chain.push({ level: 'REGION', code: region });
  }
  return chain.map((t) => ({ dimension: t.level as FunnelDimension, key: t.code, stage, delta }));
}

const counters = new FunnelCounterRepository();

export async function applyFunnelChanges(manager: EntityManager, programmeId: string, changes: FunnelChange[], alongside?: AlongsideStatement): Promise<void> {
  // Sum changes that land on the same row and stage: one upsert may not touch a row twice.
  const rows = new Map<string, CounterDeltas>();
  for (const c of changes) {
    if (c.delta === 0) continue;
    const id = `${c.dimension}\u0000${c.key}`;
    const row = rows.get(id) ?? { dimension: c.dimension, key: c.key, deltas: {} };
    row.deltas[c.stage] = (row.deltas[c.stage] ?? 0) + c.delta;
    rows.set(id, row);
  }
  const shard = rows.size === 0 ? 0 : randomInt(SHARDS);
  const ordered = [...rows.values()].sort((a, b) => (a.dimension === b.dimension ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.dimension < b.dimension ? -1 : 1));
  await counters.add(manager, programmeId, shard, ordered, alongside);
}
