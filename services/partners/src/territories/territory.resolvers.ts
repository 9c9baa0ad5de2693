// Partners contributes the places a territory contains to the territory service's entity. The
// territory → communes step uses the official geography (libs/geography), never a call to territory.
import type { PageArgs } from '@pass-numerique/service-kit';
import type { PartnersContext } from '../context';
import { TERRITORY_LEVELS, type TerritoryRef } from './territory-scope';

const isAdministrative = (t: TerritoryRef) => t.level !== 'ZONE';

export const territoryResolvers = {
  Territory: {
    __resolveReference: (ref: { level: string; code: string }) =>
      (TERRITORY_LEVELS as readonly string[]).includes(ref.level) ? { level: ref.level, code: ref.code } : null,
    places: (t: TerritoryRef, args: PageArgs & { qualifiedOnly?: boolean | null; programmeId?: string | null; service?: string | null; public?: string | null }, ctx: PartnersContext) =>
      isAdministrative(t) ? ctx.services.places.list({ ...args, territory: t }) : null,
    placeCount: (t: TerritoryRef, args: { qualifiedOnly?: boolean | null }, ctx: PartnersContext) =>
      isAdministrative(t) ? ctx.loaders.placeCount.load({ territory: t, qualifiedOnly: args.qualifiedOnly ?? false }) : null,
  },
};
