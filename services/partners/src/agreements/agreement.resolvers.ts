// Thin: every resolver hands over to a loader or the service.
import { isUuid } from '@pass-numerique/kernel';
import { referenced } from '@pass-numerique/service-kit';
import type { Resolvers } from '../generated/resolvers-types';

export const agreementResolvers: Resolvers = {
  Query: {
    agreement: (_, args, ctx) => (isUuid(args.id) ? ctx.services.agreementRepository.findById(args.id.toLowerCase()) : null),
    agreements: (_, args, ctx) => ctx.services.agreements.list(args),
  },
  Mutation: {
    signAgreement: (_, args, ctx, info) => ctx.services.agreements.signAgreement(args.input, ctx.reach(info)),
  },
  Organisation: {
    agreements: async (o, args, ctx) => {
      const all = await ctx.loaders.agreementsByOrganisation.load(o.id);
      return args.programmeId ? all.filter((a) => a.programmeId === args.programmeId?.toLowerCase()) : all;
    },
  },
  Agreement: {
    programme: (a) => ({ id: a.programmeId }),
    organisation: (a, _, ctx) => referenced(ctx.loaders.organisationById.load(a.organisationId)),
    scope: (a) => (a.scopeLevel && a.scopeCode ? { level: a.scopeLevel, code: a.scopeCode } : null),
  },
};
