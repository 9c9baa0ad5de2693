// Figures below a programme's totals (a commune, a distributor, a place, a public) describe few
// people where few were helped: a commune with two hand-outs all but names two residents. The
// programme's readers (its staff and funders' auditors) read them as they are; everyone else reads
// them only through open data (openPassFigures), where no published cell describes fewer than
// OPEN_DATA_THRESHOLD people and complementary cells are suppressed so that nothing can be
// recovered by subtraction — which per-entity answers could not guarantee.
import type { GraphQLResolveInfo } from 'graphql';
import { policyDenial } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { mayActInProgramme } from '../tenancy';

/**
 * Refuses a programme's detailed figures to whoever does not read that programme as the access
 * policy refuses a role the field does not admit: FORBIDDEN and null, as the public is told.
 */
export function requireProgrammeReader(ctx: PassesContext, info: GraphQLResolveInfo, programmeId: string): void {
  if (!mayActInProgramme(ctx.reach(info), programmeId)) throw policyDenial(ctx.identity, [`${info.parentType.name}.${info.fieldName}`]);
}
