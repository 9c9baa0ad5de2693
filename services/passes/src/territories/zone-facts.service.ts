// What passes learns from territory: the programmes' zones (their member communes and quotas),
// kept at the highest version announced, and deleted ones as tombstones. Written through the
// consumer's transaction.
import type { EntityManager } from 'typeorm';
import { ZoneRepository, type ZoneFacts } from './zone.repository';

export class ZoneFactsService {
  private readonly zones = new ZoneRepository();

  zoneAnnounced(manager: EntityManager, zone: ZoneFacts): Promise<void> {
    return this.zones.record(manager, zone, false);
  }

  zoneDeleted(manager: EntityManager, zone: ZoneFacts): Promise<void> {
    return this.zones.record(manager, zone, true);
  }
}
