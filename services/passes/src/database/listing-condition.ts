// A caller's Listing (tenancy.ts) as a SQL condition for the query builders of list queries:
// objects of the programmes it reads, or of its own organisation in the programmes it acts in.
import type { Listing } from '../tenancy';

export function listingCondition(listing: Listing, columns: { programme: string; organisation: string }): { sql: string; params: Record<string, unknown> } {
  if (listing.all) return { sql: 'TRUE', params: {} };
  const own = listing.organisation;
  return {
    sql: `(${columns.programme} = ANY(:listedProgrammes) OR (${columns.organisation} = :listedOrganisation AND (:listedOwnAll OR ${columns.programme} = ANY(:listedOwnProgrammes))))`,
    params: {
      listedProgrammes: [...listing.programmeIds],
      listedOrganisation: own?.id ?? null,
      listedOwnAll: own !== null && own.programmeIds === null,
      listedOwnProgrammes: [...(own?.programmeIds ?? [])],
    },
  };
}
