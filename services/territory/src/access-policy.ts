// Who may call what of the territory service (ARCHITECTURE.md, "Tenancy"). The map and the zones
// are open data: anyone may read them, the anonymous public included. Only programme managers draw
// zones, and only their own programmes' (tenancy.ts); the audit trail is for programme staff.
import { STAFF, type AccessPolicy } from '@pass-numerique/service-kit';

export const territoryAccessPolicy: AccessPolicy = {
  operations: {
    'Query.territoryAuditTrail': STAFF,
    'Query.territory': 'anyone',
    'Query.territories': 'anyone',
    'Query.searchCommunes': 'anyone',
    'Query.communesByPostalCode': 'anyone',
    'Query.mapSource': 'anyone',
    'Query.zone': 'anyone',
    'Query.zones': 'anyone',
    'Mutation.defineZone': ['programme_manager'],
    'Mutation.renameZone': ['programme_manager'],
    'Mutation.changeZone': ['programme_manager'],
    'Mutation.deleteZone': ['programme_manager'],
  },
  entities: {
    // Names, populations, the tree and zone membership: nothing private, whoever asks.
    Territory: 'anyone',
  },
};
