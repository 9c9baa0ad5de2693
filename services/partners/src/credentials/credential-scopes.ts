// What an organisation may let software do for it: redeem at its own places, hand out its own
// passes, read its own figures. Its own keys and the delegations it gives a vendor are held to
// the same scopes: a vendor never gets more than the organisation's own keys could.
import type { EntityManager } from 'typeorm';
import { isUuid } from '@pass-numerique/kernel';
import type { PlaceRepository } from '../places/place.repository';
import { CredentialError } from './credential.errors';

const MAX_SCOPES = 100;
const SCOPE = /^(?:redeem:place:(?<place>[0-9a-f-]{36})|handout:distributor:(?<distributor>[0-9a-f-]{36})|read:own)$/;

/** Trimmed, lower-cased, without repeats; between 1 and MAX_SCOPES. */
export function normaliseScopes(raw: readonly string[]): string[] {
  const scopes = [...new Set(raw.map((s) => s.trim().toLowerCase()))];
  if (scopes.length === 0 || scopes.length > MAX_SCOPES) throw new CredentialError('INVALID_SCOPE', `between 1 and ${MAX_SCOPES} scopes`, { field: 'scopes' });
  return scopes;
}

/** Refuses (INVALID_SCOPE, field scopes.N) a scope the organisation could not give its own keys. */
export async function checkScopesOf(organisationId: string, scopes: readonly string[], places: PlaceRepository, manager: EntityManager): Promise<void> {
  for (const [index, scope] of scopes.entries()) {
    const match = SCOPE.exec(scope);
    const field = `scopes.${index}`;
    if (!match) throw new CredentialError('INVALID_SCOPE', `unknown scope "${scope}"`, { field });
    const { place, distributor } = match.groups ?? {};
    // An organisation acts for itself only: its places, its own distribution.
    if (place && (!isUuid(place) || (await places.findById(place, manager))?.organisationId !== organisationId)) {
      throw new CredentialError('INVALID_SCOPE', 'the place is not one of the organisation', { field });
    }
    if (distributor && distributor !== organisationId) throw new CredentialError('INVALID_SCOPE', 'passes are handed out for the organisation itself only', { field });
  }
}
