// Thin: every resolver hands over to the service or a loader.
import type { Resolvers } from '../generated/resolvers-types';

export const territoryResolvers: Resolvers = {
  Query: {
    territory: (_, args, ctx) => ctx.services.territories.get(ctx.loaders, args.level, args.code),
    territories: (_, args, ctx) => ctx.services.territories.inside(ctx.loaders, args.level, args.within, args),
    searchCommunes: (_, args, ctx) => ctx.services.territories.searchCommunes(args.query, args),
    communesByPostalCode: (_, args, ctx) => ctx.services.territories.communesByPostalCode(args.postalCode),
    mapSource: (_, __, ctx) => ctx.services.territories.mapSource(),
  },
  Territory: {
    __resolveReference: (ref, ctx) => ctx.services.territories.resolveReference(ctx.loaders, ref),
    parent: (t, _, ctx) => ctx.services.territories.parent(ctx.loaders, t),
    ancestors: (t, _, ctx) => ctx.services.territories.ancestors(ctx.loaders, t),
    children: (t, args, ctx) => ctx.services.territories.children(ctx.loaders, t, args),
    contains: (t, args, ctx) => ctx.services.territories.contains(ctx.loaders, t, args.communeCode),
    zone: (t, _, ctx) => (t.level === 'ZONE' ? ctx.loaders.zoneById.load(t.code) : null),
  },
};
