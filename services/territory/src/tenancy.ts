// Whose zones a caller may draw and change (ARCHITECTURE.md, "Tenancy"): one rule per kind of
// object, asked with the reach of the field being resolved. The map and the zones are open data,
// so reading needs no rule; writing does. A refusal answers exactly as a missing zone (or
// programme) does, which the zone service sees to.
import type { Reach } from '@pass-numerique/service-kit';

/** A new zone is drawn for a programme: the roles the field admits, held in that programme. */
export function mayDrawZoneFor(reach: Reach, programmeId: string): boolean {
  return reach.coversProgramme(programmeId);
}

/** A zone belongs to its programme; one tied to no programme is nobody's to change. */
export function mayChangeZone(reach: Reach, zone: { programmeId: string | null }): boolean {
  return reach.coversProgramme(zone.programmeId);
}
