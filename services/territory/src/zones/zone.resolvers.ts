// Thin: every resolver hands over to a service or a loader.
import type { GraphQLResolveInfo } from 'graphql';
import type { PageArgs } from '@pass-numerique/service-kit';
import type { TerritoryContext } from '../context';
import { zoneAsTerritory, type ZoneEntity } from './zone.entity';
import type { ChangeZoneCommand, DefineZoneCommand } from './zone.service';

export const zoneResolvers = {
  Query: {
    zone: (_: unknown, args: { id: string }, ctx: TerritoryContext) => ctx.services.zones.get(ctx.loaders, args.id),
    zones: (_: unknown, args: PageArgs & { programmeId?: string | null }, ctx: TerritoryContext) => ctx.services.zones.page(args.programmeId ?? null, args),
  },
  Mutation: {
    defineZone: (_: unknown, args: { input: Omit<DefineZoneCommand, 'id'> }, ctx: TerritoryContext, info: GraphQLResolveInfo) =>
      ctx.services.zones.define(args.input, ctx.reach(info)),
    renameZone: (_: unknown, args: { id: string; name: string; expectedVersion?: number | null }, ctx: TerritoryContext, info: GraphQLResolveInfo) =>
      ctx.services.zones.rename(args.id, args.name, args.expectedVersion, ctx.reach(info)),
    changeZone: (_: unknown, args: { id: string; input: ChangeZoneCommand }, ctx: TerritoryContext, info: GraphQLResolveInfo) =>
      ctx.services.zones.change(args.id, args.input, ctx.reach(info)),
    deleteZone: (_: unknown, args: { id: string; expectedVersion?: number | null }, ctx: TerritoryContext, info: GraphQLResolveInfo) =>
      ctx.services.zones.delete(args.id, args.expectedVersion, ctx.reach(info)),
  },
  Zone: {
    programme: (z: ZoneEntity) => (z.programmeId ? { id: z.programmeId } : null),
    territory: zoneAsTerritory,
    definition: (z: ZoneEntity, _: unknown, ctx: TerritoryContext) => ctx.services.zones.definition(ctx.loaders, z.id),
    members: (z: ZoneEntity, args: PageArgs, ctx: TerritoryContext) => ctx.services.territories.children(ctx.loaders, zoneAsTerritory(z), args),
    contains: (z: ZoneEntity, args: { communeCode: string }, ctx: TerritoryContext) =>
      ctx.services.territories.contains(ctx.loaders, zoneAsTerritory(z), args.communeCode),
  },
};
