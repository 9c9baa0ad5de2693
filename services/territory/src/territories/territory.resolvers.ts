// Thin: every resolver hands over to the service or a loader.
import type { PageArgs } from '@pass-numerique/service-kit';
import type { TerritoryContext } from '../context';
import type { TerritoryLevel } from './territory-codes';
import type { TerritoryRecord, TerritoryRef } from './territory.entity';

export const territoryResolvers = {
  Query: {
    territory: (_: unknown, args: TerritoryRef, ctx: TerritoryContext) => ctx.services.territories.get(ctx.loaders, args.level, args.code),
    territories: (_: unknown, args: PageArgs & { level: TerritoryLevel; within: TerritoryRef }, ctx: TerritoryContext) =>
      ctx.services.territories.inside(ctx.loaders, args.level, args.within, args),
    searchCommunes: (_: unknown, args: PageArgs & { query: string }, ctx: TerritoryContext) => ctx.services.territories.searchCommunes(args.query, args),
    communesByPostalCode: (_: unknown, args: { postalCode: string }, ctx: TerritoryContext) => ctx.services.territories.communesByPostalCode(args.postalCode),
    mapSource: (_: unknown, __: unknown, ctx: TerritoryContext) => ctx.services.territories.mapSource(),
  },
  Territory: {
    __resolveReference: (ref: TerritoryRef, ctx: TerritoryContext) => ctx.services.territories.resolveReference(ctx.loaders, ref),
    parent: (t: TerritoryRecord, _: unknown, ctx: TerritoryContext) => ctx.services.territories.parent(ctx.loaders, t),
    ancestors: (t: TerritoryRecord, _: unknown, ctx: TerritoryContext) => ctx.services.territories.ancestors(ctx.loaders, t),
    children: (t: TerritoryRecord, args: PageArgs, ctx: TerritoryContext) => ctx.services.territories.children(ctx.loaders, t, args),
    contains: (t: TerritoryRecord, args: { communeCode: string }, ctx: TerritoryContext) => ctx.services.territories.contains(ctx.loaders, t, args.communeCode),
    zone: (t: TerritoryRecord, _: unknown, ctx: TerritoryContext) => (t.level === 'ZONE' ? ctx.loaders.zoneById.load(t.code) : null),
  },
};
