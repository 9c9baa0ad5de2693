// Partners contributes the places a territory contains to the territory service's entity. The
// territory → communes step uses the official geography (libs/geography), never a call to territory.
import { TERRITORY_LEVELS, type TerritoryRef } from './territory-scope';
import type { Resolvers } from '../generated/resolvers-types';

const isAdministrative = (t: TerritoryRef) => t.level !== 'ZONE';

export const territoryResolvers: Resolvers = {
  Territory: {
    __resolveReference: (ref) => (TERRITORY_LEVELS as readonly string[]).includes(ref.level) ? { level: ref.level, code: ref.code } : null,
    places: (t, args, ctx) => isAdministrative(t) ? ctx.services.places.list({ ...args, territory: t }) : null,
    placeCount: (t, args, ctx) => isAdministrative(t) ? ctx.loaders.placeCount.load({ territory: t, qualifiedOnly: args.qualifiedOnly ?? false }) : null,
  },
};
