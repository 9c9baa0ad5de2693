// Thin: every resolver hands over to a service or a loader.
import type { Resolvers } from '../generated/resolvers-types';
import { zoneAsTerritory } from './zone.entity';

export const zoneResolvers: Resolvers = {
  Query: {
    zone: (_, args, ctx) => ctx.services.zones.get(ctx.loaders, args.id),
    zones: (_, args, ctx) => ctx.services.zones.page(args.programmeId ?? null, args),
  },
  Mutation: {
    defineZone: (_, args, ctx, info) => ctx.services.zones.define(args.input, ctx.reach(info)),
    renameZone: (_, args, ctx, info) => ctx.services.zones.rename(args.id, args.name, args.expectedVersion, ctx.reach(info)),
    changeZone: (_, args, ctx, info) => ctx.services.zones.change(args.id, args.input, ctx.reach(info)),
    deleteZone: (_, args, ctx, info) => ctx.services.zones.delete(args.id, args.expectedVersion, ctx.reach(info)),
  },
  Zone: {
    programme: (z) => (z.programmeId ? { id: z.programmeId } : null),
    territory: zoneAsTerritory,
    definition: (z, _, ctx) => ctx.services.zones.definition(ctx.loaders, z.id),
    members: (z, args, ctx) => ctx.services.territories.children(ctx.loaders, zoneAsTerritory(z), args),
    contains: (z, args, ctx) => ctx.services.territories.contains(ctx.loaders, zoneAsTerritory(z), args.communeCode),
  },
};
