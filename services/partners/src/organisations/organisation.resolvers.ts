// Thin: every resolver hands over to a loader or the service.
import { isUuid } from '@pass-numerique/kernel';
import type { PageArgs } from '@pass-numerique/service-kit';
import type { PartnersContext } from '../context';
import type { OrganisationEntity, OrganisationKind } from './organisation.entity';
import type { RegisterOrganisationCommand } from './organisation.service';

export const organisationResolvers = {
  Query: {
    organisation: (_: unknown, args: { id: string }, ctx: PartnersContext) => (isUuid(args.id) ? ctx.loaders.organisationById.load(args.id.toLowerCase()) : null),
    organisationBySiret: (_: unknown, args: { siret: string }, ctx: PartnersContext) => ctx.services.organisationRepository.findBySiret(args.siret.replace(/\s/g, '')),
    organisations: (_: unknown, args: PageArgs & { legalKind?: OrganisationKind | null }, ctx: PartnersContext) => ctx.services.organisations.list(args),
  },
  Mutation: {
    // Organisations are shared by every programme: whoever the policy admits registers them for all.
    registerOrganisation: (_: unknown, args: { input: Omit<RegisterOrganisationCommand, 'id'> }, ctx: PartnersContext) => ctx.services.organisations.registerOrganisation(args.input),
  },
  Organisation: {
    __resolveReference: (ref: { id: string }, ctx: PartnersContext) => (isUuid(ref.id) ? ctx.loaders.organisationById.load(ref.id.toLowerCase()) : null),
    address: (o: OrganisationEntity) => ({ street: o.address, complement: null, postalCode: o.postalCode, inseeCode: o.inseeCode }),
  },
};
