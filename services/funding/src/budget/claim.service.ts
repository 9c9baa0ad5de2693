// Requests for funds sent to co-funders (appels de fonds). A request may ask at most what the
// co-funder's rule entitles the programme to as of the day its evidence is drawn up to, less
// everything already received or requested from it, whenever: two requests never claim the same
// euro. Requests of one co-funder are serialised on its row.
import { DomainError, newId, notFound, parseId, type Clock } from '@pass-numerique/kernel';
import type { Reach } from '@pass-numerique/service-kit';
import { checkDate } from '../budget-calendar';
import { checkedAmount } from '../amounts';
import { CoFunderClaimEntity } from '../funding-plan/co-funder.entity';
import { FundingPlanError } from '../funding-plan/funding-plan.errors';
import type { FundingPlanRepository } from '../funding-plan/funding-plan.repository';
import type { FundingPlanService } from '../funding-plan/funding-plan.service';
import { refuseUnlessGranted } from '../funding-plan/funding-plan.rules';
import type { ProgrammeRepository } from '../programmes/programme.repository';
import type { BudgetService } from './budget.service';

export interface SubmitClaimCommand {
  /** Fixed ids are accepted for the demo data only. */
  id?: string;
  coFunderId: string;
  amount: string;
  asOf: string;
  submittedOn: string;
  reference: string;
}

export class ClaimService {
  constructor(
    private readonly plans: FundingPlanService,
    private readonly fundingPlan: FundingPlanRepository,
    private readonly programmes: ProgrammeRepository,
    private readonly budget: BudgetService,
    private readonly clock: Clock,
  ) {}

  async submitClaim(command: SubmitClaimCommand, reach: Reach): Promise<CoFunderClaimEntity> {
    const coFunderId = parseId(command.coFunderId, 'coFunderId');
    if (command.id) parseId(command.id, 'id');
    const amountCents = checkedAmount(command.amount, 'amount', true);
    const asOf = checkDate(command.asOf, 'asOf');
    const submittedOn = checkDate(command.submittedOn, 'submittedOn');
    if (submittedOn < asOf) throw new DomainError('BAD_USER_INPUT', 'a claim is sent on or after the day its evidence is drawn up to', { field: 'submittedOn' });
    const reference = command.reference?.trim() ?? '';
    if (!reference || reference.length > 200) throw new DomainError('BAD_USER_INPUT', 'reference must be 1–200 characters', { field: 'reference' });
    return this.plans.inCoFunder(coFunderId, reach, async (manager, coFunder) => {
      refuseUnlessGranted(coFunder);
      const [programme] = await this.programmes.findByIds([coFunder.programmeId]);
      if (!programme) throw notFound('co-funder', coFunderId);
      const claim = await this.budget.claimOf(programme, coFunderId, asOf);
      const entitlementCents = claim?.entitlementCents ?? 0;
      const [received, claimed] = await Promise.all([
        this.fundingPlan.receivedByCoFunder(manager, [coFunderId]),
        this.fundingPlan.claimedInAll(manager, coFunderId),
      ]);
      const claimableCents = Math.max(0, entitlementCents - Math.max(received.get(coFunderId) ?? 0, claimed));
      if (amountCents > claimableCents) {
        throw new FundingPlanError(
          'CLAIM_EXCEEDS_ENTITLEMENT',
          `the rule entitles the programme to ${entitlementCents} cents as of ${asOf}; with what was received and claimed before, ${claimableCents} may be claimed, not ${amountCents}`,
          { field: 'amount', claimableCents, entitlementCents },
        );
      }
      const row = manager.create(CoFunderClaimEntity, {
        id: command.id?.toLowerCase() ?? newId(),
        programmeId: coFunder.programmeId,
        coFunderId,
        amountCents,
        asOf,
        submittedOn,
        reference,
        entitlementCents,
        recordedAt: this.clock.now(),
      });
      await this.fundingPlan.saveClaim(manager, row);
      return row;
    });
  }
}
