// A programme's money is read field by field: the access policy (`fields`) names the roles, and
// the reader must hold one of them in that very programme. Anyone else gets what the policy tells
// a role it does not admit — FORBIDDEN, and null for the field — so that another authority's
// staff learn no more than the public does.
import type { GraphQLResolveInfo } from 'graphql';
import { policyDenial } from '@pass-numerique/service-kit';
import type { FundingContext } from './context';
import { mayActOnProgramme } from './tenancy';

export function programmeMoney<Parent, Args, Result>(
  programmeIdOf: (parent: Parent) => string,
  resolve: (parent: Parent, args: Args, ctx: FundingContext) => Result,
): (parent: Parent, args: Args, ctx: FundingContext, info: GraphQLResolveInfo) => Result {
  return (parent, args, ctx, info) => {
    if (!mayActOnProgramme(ctx.reach(info), programmeIdOf(parent))) throw policyDenial(ctx.identity, [`${info.parentType.name}.${info.fieldName}`]);
    return resolve(parent, args, ctx);
  };
}
