// Thin: every resolver hands over to a loader or the service.
import { mayListDelegationsOf } from '../tenancy';
import type { Resolvers } from '../generated/resolvers-types';
import { delegationHistory } from './delegation.rules';

export const delegationResolvers: Resolvers = {
  Mutation: {
    requestDelegation: (_, args, ctx, info) => ctx.services.delegations.request(args.input, ctx.reach(info)),
    acceptDelegation: (_, args, ctx, info) => ctx.services.delegations.accept(args.delegationId, ctx.reach(info)),
    declineDelegation: (_, args, ctx, info) => ctx.services.delegations.decline(args.delegationId, ctx.reach(info)),
    revokeDelegation: (_, args, ctx, info) => ctx.services.delegations.revoke(args.delegationId, ctx.reach(info)),
  },
  Organisation: {
    delegationsGranted: (o, _, ctx, info) => (mayListDelegationsOf(ctx.reach(info), o.id) ? ctx.loaders.delegationsGrantedBy.load(o.id) : null),
    delegationsReceived: (o, _, ctx, info) => (mayListDelegationsOf(ctx.reach(info), o.id) ? ctx.loaders.delegationsReceivedBy.load(o.id) : null),
  },
  Delegation: {
    vendor: (d, _, ctx) => ctx.loaders.organisationById.load(d.vendorOrganisationId),
    organisation: (d, _, ctx) => ctx.loaders.organisationById.load(d.organisationId),
    history: (d) => delegationHistory(d),
  },
};
