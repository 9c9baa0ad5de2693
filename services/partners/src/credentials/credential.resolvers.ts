// Thin: every resolver hands over to a loader or the service.
import type { GraphQLResolveInfo } from 'graphql';
import type { PartnersContext } from '../context';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { mayListCredentialsOf } from '../tenancy';
import type { CredentialEntity } from './credential.entity';
import type { IssueCredentialCommand } from './credential.service';

export const credentialResolvers = {
  Query: {
    verifyCredential: (_: unknown, args: { secret: string }, ctx: PartnersContext) => ctx.services.credentials.verifyCredential(args.secret),
  },
  Mutation: {
    issueCredential: (_: unknown, args: { input: IssueCredentialCommand }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.credentials.issue(args.input, ctx.reach(info)),
    revokeCredential: (_: unknown, args: { credentialId: string }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.credentials.revoke(args.credentialId, ctx.reach(info)),
  },
  Organisation: {
    credentials: (o: OrganisationEntity, _: unknown, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      mayListCredentialsOf(ctx.reach(info), o.id) ? ctx.loaders.credentialsByOrganisation.load(o.id) : null,
  },
  PartnerCredential: {
    organisation: (c: CredentialEntity, _: unknown, ctx: PartnersContext) => ctx.loaders.organisationById.load(c.organisationId),
    status: (c: CredentialEntity, _: unknown, ctx: PartnersContext) => ctx.services.credentials.statusOf(c),
  },
};
