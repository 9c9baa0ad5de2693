// Thin: every resolver hands over to a loader or the service.
import { mayListCredentialsOf } from '../tenancy';
import type { Resolvers } from '../generated/resolvers-types';

export const credentialResolvers: Resolvers = {
  Query: {
    verifyCredential: (_, args, ctx) => ctx.services.delegations.verifyCredential(args.secret, args.onBehalfOf),
  },
  Mutation: {
    issueCredential: (_, args, ctx, info) => ctx.services.credentials.issue(args.input, ctx.reach(info)),
    revokeCredential: (_, args, ctx, info) => ctx.services.credentials.revoke(args.credentialId, ctx.reach(info)),
  },
  Organisation: {
    credentials: (o, _, ctx, info) => mayListCredentialsOf(ctx.reach(info), o.id) ? ctx.loaders.credentialsByOrganisation.load(o.id) : null,
  },
  PartnerCredential: {
    organisation: (c, _, ctx) => ctx.loaders.organisationById.load(c.organisationId),
    status: (c, _, ctx) => ctx.services.credentials.statusOf(c),
  },
};
