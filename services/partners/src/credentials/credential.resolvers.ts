// Thin: every resolver hands over to a loader or the service.
import { requireRole } from '@pass-numerique/service-kit';
import type { PartnersContext } from '../context';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { canSeePrivateFields } from '../places/place-visibility';
import type { CredentialEntity } from './credential.entity';
import type { IssueCredentialCommand } from './credential.service';

export const credentialResolvers = {
  Query: {
    verifyCredential: (_: unknown, args: { secret: string }, ctx: PartnersContext) => {
      requireRole(ctx.identity, 'platform');
      return ctx.services.credentials.verifyCredential(args.secret);
    },
  },
  Mutation: {
    issueCredential: (_: unknown, args: { input: IssueCredentialCommand }, ctx: PartnersContext) => ctx.services.credentials.issue(args.input, ctx.identity),
    revokeCredential: (_: unknown, args: { credentialId: string }, ctx: PartnersContext) => ctx.services.credentials.revoke(args.credentialId, ctx.identity),
  },
  Organisation: {
    credentials: (o: OrganisationEntity, _: unknown, ctx: PartnersContext) =>
      canSeePrivateFields(ctx.identity, { organisationId: o.id }) ? ctx.loaders.credentialsByOrganisation.load(o.id) : null,
  },
  PartnerCredential: {
    organisation: (c: CredentialEntity, _: unknown, ctx: PartnersContext) => ctx.loaders.organisationById.load(c.organisationId),
    status: (c: CredentialEntity, _: unknown, ctx: PartnersContext) => ctx.services.credentials.statusOf(c),
  },
};
