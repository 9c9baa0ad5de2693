// Thin: every resolver hands over to a loader or the service.
import { isUuid } from '@pass-numerique/kernel';
import { mayListCredentialsOf } from '../tenancy';
import type { Resolvers } from '../generated/resolvers-types';

export const sandboxResolvers: Resolvers = {
  Mutation: {
    createSandbox: (_, args, ctx, info) => ctx.services.sandboxes.createSandbox(args.organisationId, ctx.reach(info)),
  },
  Organisation: {
    sandbox: (o, _, ctx, info) => (mayListCredentialsOf(ctx.reach(info), o.id) ? ctx.loaders.sandboxByOrganisation.load(o.id) : null),
  },
  Sandbox: {
    // Another organisation's sandbox is, for the caller, none.
    __resolveReference: async (ref, ctx) => {
      const sandbox = isUuid(ref.programmeId) ? await ctx.loaders.sandboxByProgramme.load(ref.programmeId.toLowerCase()) : null;
      return sandbox && mayListCredentialsOf(ctx.reach('Sandbox'), sandbox.organisationId) ? sandbox : null;
    },
    organisation: (s, _, ctx) => ctx.loaders.organisationById.load(s.organisationId),
  },
};
