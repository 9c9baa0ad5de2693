// Thin: every resolver hands over to a loader or the service.
import { isUuid } from '@pass-numerique/kernel';
import type { Resolvers } from '../generated/resolvers-types';

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_, args, ctx) => (isUuid(args.id) ? ctx.loaders.organisationById.load(args.id.toLowerCase()) : null),
    organisationBySiret: (_, args, ctx) => ctx.services.organisationRepository.findBySiret(args.siret.replace(/\s/g, '')),
    organisations: (_, args, ctx) => ctx.services.organisations.list(args),
  },
  Mutation: {
    // Organisations are shared by every programme: whoever the policy admits registers them for all.
    registerOrganisation: (_, args, ctx) => ctx.services.organisations.registerOrganisation(args.input),
  },
  Organisation: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.organisationById.load(ref.id.toLowerCase()) : null),
    address: (o) => ({ street: o.address, complement: null, postalCode: o.postalCode, inseeCode: o.inseeCode }),
  },
};
