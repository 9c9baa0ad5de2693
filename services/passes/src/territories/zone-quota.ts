// A zone's pass quota (territory's `passQuota`, e.g. the 5,000 passes of the 2019 pilot on the
// Sambre-Avesnois-Thiérache pact territory) holds for each programme it applies to — the zone's
// own programme, or every programme for a shared zone: the passes it orders inside the zone
// (orders whose perimeter lies within it) and the passes it hands out to the zone's residents
// never exceed it. Concurrent orders and hand-outs are counted one after the other (lock).
import type { EntityManager } from 'typeorm';
import { DomainError } from '@pass-numerique/kernel';
import type { TerritoryRef } from './territory-rules';
import { isWithin } from './perimeters';
import type { QuotaZone, ZoneQuotaRepository } from './zone-quota.repository';

function exceeded(zone: QuotaZone, used: number, field: string, what: string): DomainError {
  const remaining = Math.max(0, zone.passQuota - used);
  return new DomainError('ZONE_QUOTA_EXCEEDED', `${what}: the zone's quota of ${zone.passQuota} passes leaves ${remaining}`, {
    field,
    zoneId: zone.id,
    quota: zone.passQuota,
    remaining,
  });
}

export class ZoneQuotas {
  constructor(private readonly repository: ZoneQuotaRepository) {}

  /** Refuses an order of `passCount` passes, with this perimeter, that would take the passes ordered inside a zone beyond its quota. */
  async assertOrderFits(manager: EntityManager, programmeId: string, perimeter: TerritoryRef, passCount: number, field: string): Promise<void> {
    for (const zone of await this.repository.quotaZonesOf(manager, programmeId)) {
      const ref = { level: 'ZONE', code: zone.id };
      if (!(await isWithin(manager, perimeter, ref))) continue;
      await this.repository.lock(manager, zone.id, programmeId);
      let ordered = 0;
      for (const p of await this.repository.orderedByPerimeter(manager, programmeId)) if (await isWithin(manager, p, ref)) ordered += p.passes;
      if (ordered + passCount > zone.passQuota) throw exceeded(zone, ordered, field, `${passCount} more passes ordered in the zone ${zone.id} is too many`);
    }
  }

  /** Refuses handing `passCount` passes to a resident of these zones when one of them would go beyond its quota. */
  async assertHandOutFits(manager: EntityManager, programmeId: string, zoneIds: readonly string[], passCount: number, field: string): Promise<void> {
    if (zoneIds.length === 0) return;
    for (const zone of await this.repository.quotaZonesOf(manager, programmeId, zoneIds)) {
      await this.repository.lock(manager, zone.id, programmeId);
      const handedOut = await this.repository.handedOutIn(manager, zone.id, programmeId);
      if (handedOut + passCount > zone.passQuota) throw exceeded(zone, handedOut, field, `${passCount} more passes handed out in the zone ${zone.id} is too many`);
    }
  }
}
