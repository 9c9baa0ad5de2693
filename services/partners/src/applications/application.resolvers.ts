// Thin: every resolver hands over to a loader or a service.
import type { Resolvers } from '../generated/resolvers-types';
import type { PlaceEntity } from '../places/place.entity';
import { mayReadDocument } from '../tenancy';

export const applicationResolvers: Resolvers = {
  Query: {
    applicationRequirements: (_, args, ctx) => ctx.services.applications.requirements(args.programmeId, args.organisationId),
    applications: (_, args, ctx, info) => ctx.services.applications.list(args, ctx.reach(info)),
  },
  Mutation: {
    setApplicationRequirements: (_, args, ctx, info) => ctx.services.applications.setRequirements(args.programmeId, args.kinds, ctx.reach(info)),
    requestApplicationChanges: (_, args, ctx, info) => ctx.services.qualification.requestChanges(args.placeId, args.programmeId, args.message, ctx.reach(info)),
    refuseApplication: (_, args, ctx, info) => ctx.services.qualification.refuse(args.placeId, args.programmeId, args.reason, ctx.reach(info)),
  },
  Qualification: {
    // A qualification exists only for a place that exists (a foreign key): never null.
    place: (q, _, ctx) => ctx.loaders.placeById.load(q.placeId) as Promise<PlaceEntity>,
    // Submitted to this programme: read by its staff and the applicant's people (tenancy.ts).
    documents: async (q, _, ctx, info) => (await ctx.loaders.applicationDocuments.load(`${q.placeId}:${q.programmeId}`)).filter((d) => mayReadDocument(ctx.reach(info), d, [q.programmeId])),
    requiredDocuments: async (q, _, ctx) => {
      const place = await ctx.loaders.placeById.load(q.placeId);
      return ctx.services.applications.requirements(q.programmeId, place?.organisationId);
    },
  },
};
