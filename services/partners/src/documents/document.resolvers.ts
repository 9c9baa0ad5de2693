// Thin: every resolver hands over to the service; a document reaches a caller only through the tenancy rule.
import type { Resolvers } from '../generated/resolvers-types';

export const documentResolvers: Resolvers = {
  Query: {
    document: (_, args, ctx, info) => ctx.services.documents.findReadable(args.id, ctx.reach(info)),
  },
  Mutation: {
    requestDocumentUpload: (_, args, ctx, info) => ctx.services.documents.requestUpload(args.input, ctx.reach(info)),
  },
  Document: {
    downloadUrl: (d, _, ctx) => ctx.services.documents.downloadUrl(d),
  },
};
