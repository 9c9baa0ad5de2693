// What a key or a delegation may do for an organisation, said in French, and the choices offered:
// redeem at one of its places, hand out its passes, read its own figures.
import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

const PLACES = gql`
  query OrganisationPlacesForScopes($organisationId: ID!) {
    places(organisationId: $organisationId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

export interface NamedPlace {
  id: string;
  name: string;
}

/** The organisation's places (open data), to offer one redeem scope each. */
export function useOrganisationPlaces(organisationId: string | undefined): NamedPlace[] {
  const { data } = useQuery<any>(PLACES, { variables: { organisationId }, skip: !organisationId });
  return (data?.places?.edges ?? []).map((e: { node: NamedPlace }) => e.node);
}

export function scopeOptions(organisationId: string, places: NamedPlace[]): Array<{ scope: string; label: string }> {
  return [
    ...places.map((p) => ({ scope: `redeem:place:${p.id}`, label: `Encaisser des pass au lieu « ${p.name} »` })),
    { scope: `handout:distributor:${organisationId}`, label: 'Remettre des pass aux bénéficiaires' },
    { scope: 'read:own', label: 'Lire les chiffres de l’organisation' },
  ];
}

export function scopeLabel(scope: string, placeNames: Map<string, string>): string {
  if (scope === 'read:own') return 'lecture';
  if (scope.startsWith('handout:distributor:')) return 'remise';
  const placeId = scope.replace('redeem:place:', '');
  return `encaissement (${placeNames.get(placeId) ?? placeId.slice(0, 8)})`;
}
