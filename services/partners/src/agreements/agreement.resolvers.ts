// Thin: every resolver hands over to a loader or the service.
import type { GraphQLResolveInfo } from 'graphql';
import { isUuid } from '@pass-numerique/kernel';
import type { PageArgs } from '@pass-numerique/service-kit';
import type { PartnersContext } from '../context';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { AgreementEntity, ProgrammeRole } from './agreement.entity';
import type { SignAgreementCommand } from './agreement.service';

export const agreementResolvers = {
  Query: {
    agreement: (_: unknown, args: { id: string }, ctx: PartnersContext) => (isUuid(args.id) ? ctx.services.agreementRepository.findById(args.id.toLowerCase()) : null),
    agreements: (_: unknown, args: PageArgs & { programmeId: string; role?: ProgrammeRole | null }, ctx: PartnersContext) => ctx.services.agreements.list(args),
  },
  Mutation: {
    signAgreement: (_: unknown, args: { input: Omit<SignAgreementCommand, 'id'> }, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      ctx.services.agreements.signAgreement(args.input, ctx.reach(info)),
  },
  Organisation: {
    agreements: async (o: OrganisationEntity, args: { programmeId?: string | null }, ctx: PartnersContext) => {
      const all = await ctx.loaders.agreementsByOrganisation.load(o.id);
      return args.programmeId ? all.filter((a) => a.programmeId === args.programmeId?.toLowerCase()) : all;
    },
  },
  Agreement: {
    programme: (a: AgreementEntity) => ({ id: a.programmeId }),
    organisation: (a: AgreementEntity, _: unknown, ctx: PartnersContext) => ctx.loaders.organisationById.load(a.organisationId),
    scope: (a: AgreementEntity) => (a.scopeLevel && a.scopeCode ? { level: a.scopeLevel, code: a.scopeCode } : null),
  },
};
