// A programme's totals as each caller may read them: exact for the programme's readers; for
// everyone else, the figures that describe people (people helped and their cost, passes handed
// out and every later stage, and the rates drawn from them) are null whenever open data
// suppresses the programme's total (open-data.service.ts): 1 to 10 people all but name them.
// Ordered, activated and allocated passes describe nobody and stay published.
import type { GraphQLResolveInfo } from 'graphql';
import type { PassesContext } from '../context';
import { mayReadExactTotals } from '../tenancy';
import type { FunnelStage } from '../funnel/funnel.repository';
import type { ProgrammeEntity } from './programme.entity';
import { lastValidDay } from './programme-life';

/** Stages a pass reaches only once in a beneficiary's hands. */
const PEOPLE_STAGES: readonly FunnelStage[] = ['handedOut', 'redeemed', 'reimbursed', 'expired', 'credited'];

const totalKey = (p: ProgrammeEntity) => ({ programmeId: p.id, dimension: 'PROGRAMME' as const, key: '' });

async function exactFor(p: ProgrammeEntity, ctx: PassesContext, info: GraphQLResolveInfo): Promise<boolean> {
  if (mayReadExactTotals(ctx.reach(info), p.id)) return true;
  const { people } = await ctx.loaders.peopleHelped.load(totalKey(p));
  return !(await ctx.services.openData.suppressesTotal(p.id, people));
}

/** The programme's funnel, with the passes' last valid day. */
export async function publishedFunnel(p: ProgrammeEntity, ctx: PassesContext, info: GraphQLResolveInfo) {
  const [counts, exact] = await Promise.all([ctx.loaders.funnel.load(totalKey(p)), exactFor(p, ctx, info)]);
  const hidden = exact ? {} : Object.fromEntries(PEOPLE_STAGES.map((stage) => [stage, null]));
  return { ...counts, ...hidden, validUntil: lastValidDay(p) };
}

/** The programme's people helped and what their passes cost. */
export async function publishedPeopleHelped(p: ProgrammeEntity, ctx: PassesContext, info: GraphQLResolveInfo) {
  const [helped, exact] = await Promise.all([ctx.loaders.peopleHelped.load(totalKey(p)), exactFor(p, ctx, info)]);
  return exact ? helped : { people: null, passesCostCents: null };
}
