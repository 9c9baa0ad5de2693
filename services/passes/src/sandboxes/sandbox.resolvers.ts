// Thin: every resolver hands over to the service.
import { money } from '@pass-numerique/service-kit';
import type { Resolvers } from '../generated/resolvers-types';

export const sandboxResolvers: Resolvers = {
  Mutation: {
    resetSandboxPasses: (_, args, ctx, info) => ctx.services.sandboxes.reset(args.programmeId, ctx.reach(info)),
  },
  Sandbox: {
    __resolveReference: (ref) => ({ programmeId: ref.programmeId }),
    passes: (s, _, ctx) => ctx.services.sandboxes.passes(s.programmeId, ctx.reach('Sandbox')),
  },
  SandboxPass: {
    faceValue: (p) => money(p.faceValueCents),
  },
};
