// Checking and redeeming passes at places; cancelling a redemption, or recovering one found
// invalid after its statement was paid.
//
// Exactly once: the redemption is a single conditional UPDATE … WHERE status = 'HANDED_OUT'
// RETURNING; of any number of concurrent attempts on one pass, one finds the row in that state
// and the others wait on its row lock, then find it REDEEMED. A partial unique index on
// redemption(pass_number) WHERE status = 'REDEEMED' backs this up in the schema itself.
//
// Retries: a place sends an idempotency key with each redemption; the same key again (same
// place, same pass) returns the first redemption instead of redeeming or refusing.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, isoDate, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { PassRedeemedV1, PassRedemptionCancelledV1, RedemptionRecoveredV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import { codeMatches, hasValidCheckDigit, normalisePassNumber, parseQrPayload } from '../orders/pass-numbers';
import { applyFunnelChanges, handOutChanges } from '../funnel/funnel-writer';
import { handOutDimensionsOf } from '../hand-outs/hand-out.entity';
import type { RedemptionEntity } from './redemption.entity';
import { RedemptionRepository, type PassFacts, type RedemptionRow } from './redemption.repository';
import { BookletRepository } from '../booklets/booklet.repository';
import type { RedemptionRecoveryEntity } from './redemption-recovery.entity';
import type { RedemptionRecoveryRepository } from './redemption-recovery.repository';
import type { FunnelStage } from '../funnel/funnel.repository';
import { GUESS_CODES, RedemptionError, type RefusalCode } from './redemption.errors';
import { callerKey, passKey, type GuessThrottle } from './guess-throttle';
import type { PassStatus } from '../booklets/booklet.entity';
import { listing, mayCancelRedemption, mayCheckAt, mayCheckPass, mayCorrectRedemption, mayRedeemAt, mayRedeemPass, scopesAllowPlace } from '../tenancy';
import { assertCancellable, assertRecoverable, assertReimbursed, checkCorrectionReason, checkIdempotencyKey, passRefusal, placeRefusal } from './redemption.rules';

export interface PresentedPass {
  /** The number and code as printed… */
  passNumber?: string | null;
  code?: string | null;
  /** …or the scanned QR payload `PN1.<number>.<code>`. */
  qrPayload?: string | null;
}

export interface RedeemCommand extends PresentedPass {
  placeId: string;
  idempotencyKey: string;
}

export interface PassCheck {
  passNumber: string;
  status: PassStatus;
  faceValueCents: number;
  validFrom: string | null;
  validUntil: string | null;
  /** The first reason it could not be redeemed now (at the place, when one was given); null = redeemable. */
  refusal: RefusalCode | null;
}

/** Who checks a pass: the reach of checkPass, and the reach of redeemPass (whether the caller could redeem it). */
export interface CheckReach {
  checking: Reach;
  redeeming: Reach;
}

export class RedemptionService {
  private readonly redemptions = new RedemptionRepository();
  private readonly booklets = new BookletRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly passCodeKey: Buffer,
    private readonly throttle: GuessThrottle,
    private readonly recoveries: RedemptionRecoveryRepository,
  ) {}

  /** What a place may learn of a pass before redeeming it: status, value, validity. Nothing about its holder. */
  async check(presented: PresentedPass, placeId: string | null | undefined, reach: CheckReach): Promise<PassCheck> {
    const place = placeId ? parseId(placeId, 'placeId') : null;
    return this.guarded(reach.checking.identity.subject, presented, async (number) => {
      const pass = await this.passFacts(this.dataSource.manager, number, place);
      // Out of reach, a pass reads as a number that does not exist (and counts as a guess like one).
      if (!mayCheckPass(reach.checking, reach.redeeming, { programmeId: pass.programme_id, distributorOrganisationId: pass.distributor_organisation_id })) throw unknownPass();
      // The code before the place, as for a redemption.
      this.assertCode(number, presented);
      if (place && !mayCheckAt(reach.checking, reach.redeeming, placeOf(pass, place), { programmeId: pass.programme_id, distributorOrganisationId: pass.distributor_organisation_id })) {
        throw notYourPlace();
      }
      const today = isoDate(this.clock.now());
      let refusal = passRefusal(pass, today);
      if (!refusal && place) refusal = placeRefusal(pass.place, pass);
      return {
        passNumber: number,
        status: pass.status,
        faceValueCents: Number(pass.face_value_cents),
        validFrom: pass.order_valid_from,
        validUntil: pass.valid_until,
        refusal,
      };
    });
  }

  async redeem(command: RedeemCommand, reach: Reach): Promise<RedemptionEntity> {
    const placeId = parseId(command.placeId, 'placeId');
    checkIdempotencyKey(command.idempotencyKey);
    let earlier: RedemptionRow | null = null;
    return this.guarded(
      reach.identity.subject,
      command,
      async (number) => {
        const first = this.sameRequest(earlier, number);
        if (first) return first;
        try {
          return await this.dataSource.transaction((manager) => this.redeemOnce(manager, number, placeId, command, reach));
        } catch (error) {
          // A concurrent retry with the same key may have won: then its result is ours.
          const winner = await this.byIdempotencyKey(placeId, command.idempotencyKey, number);
          if (winner) return winner;
          if ((error as { code?: string }).code === '23505') throw new RedemptionError('ALREADY_REDEEMED', 'this pass has already been redeemed');
          throw error;
        }
      },
      // One round trip answers both "is this caller or pass blocked?" and "is this a retry?".
      async (keys) => {
        const preflight = await this.redemptions.preflight(this.dataSource.manager, keys, placeId, command.idempotencyKey);
        earlier = preflight.earlier;
        return preflight.blocked_until;
      },
    );
  }

  async cancel(redemptionId: string, reason: string, reach: Reach): Promise<RedemptionEntity> {
    const why = checkCorrectionReason(reason);
    return this.dataSource.transaction(async (manager) => {
      const redemption = await this.lockedRedemption(manager, redemptionId, reach, mayCancelRedemption);
      const now = this.clock.now();
      assertCancellable(redemption, now);
      const cancelledBy = reach.identity.subject;
      const id = redemption.id;
      await this.redemptions.markCancelled(manager, id, { cancelledAt: now, cancelledBy, cancellationReason: why });
      await this.giveBackPass(manager, redemption, ['redeemed']);
      // A test pass's redemption was announced to no one: neither is its cancellation.
      if (!(await this.redemptions.inSandbox(manager, redemption.programmeId))) {
        await recordEvent(
          manager,
          PassRedemptionCancelledV1,
          {
            redemptionId: id,
            passNumber: String(redemption.passNumber),
            programmeId: redemption.programmeId,
            orderId: redemption.orderId,
            placeId: redemption.placeId,
            faceValueCents: redemption.faceValueCents,
            cancelledAt: now.toISOString(),
          },
          now,
        );
      }
      return { ...redemption, status: 'CANCELLED' as const, cancelledAt: now, cancelledBy, cancellationReason: why };
    });
  }

  /**
   * Takes back a redemption found invalid after the statement that reimbursed it was paid: the
   * place owes its value back, taken on its next statement for the programme; the pass goes back
   * to its beneficiary as before (valid until its day, then expired and credited like any unused
   * pass), and counts neither as redeemed nor as reimbursed any more.
   */
  async recover(redemptionId: string, reason: string, reach: Reach): Promise<RedemptionRecoveryEntity> {
    const why = checkCorrectionReason(reason);
    return this.dataSource.transaction(async (manager) => {
      const redemption = await this.lockedRedemption(manager, redemptionId, reach);
      assertRecoverable(redemption);
      const statement = redemption.statementId ? await this.redemptions.statementOf(manager, redemption.statementId) : null;
      assertReimbursed(statement);
      const now = this.clock.now();
      const recovery: RedemptionRecoveryEntity = {
        id: newId(),
        redemptionId: redemption.id,
        programmeId: redemption.programmeId,
        placeId: redemption.placeId,
        placeOrganisationId: redemption.placeOrganisationId,
        paidStatementId: statement.id,
        amountCents: redemption.faceValueCents,
        reason: why,
        recoveredAt: now,
        recoveredBy: reach.identity.subject,
        statementId: null,
      };
      await this.redemptions.markRecovered(manager, redemption.id);
      await this.recoveries.insert(manager, recovery);
      await this.giveBackPass(manager, redemption, ['redeemed', 'reimbursed']);
      await recordEvent(
        manager,
        RedemptionRecoveredV1,
        {
          recoveryId: recovery.id,
          redemptionId: redemption.id,
          passNumber: String(redemption.passNumber),
          programmeId: redemption.programmeId,
          orderId: redemption.orderId,
          placeId: redemption.placeId,
          placeOrganisationId: redemption.placeOrganisationId,
          paidStatementId: statement.id,
          amountCents: recovery.amountCents,
          reason: why,
          recoveredAt: now.toISOString(),
        },
        now,
      );
      return recovery;
    });
  }

  /**
   * A page of a place's redemptions, newest first: those of the programmes the caller reads, and
   * its own place's (in the programmes it acts in; a key scoped to other places sees none).
   */
  async ofPlace(placeId: string, limit: number, after: { redeemedAt: Date; id: string } | undefined, reach: Reach): Promise<{ rows: RedemptionEntity[]; totalCount: number }> {
    const id = parseId(placeId, 'placeId');
    if (!scopesAllowPlace(reach, id)) return { rows: [], totalCount: 0 };
    const shown = listing(reach);
    const manager = this.dataSource.manager;
    const [rows, totalCount] = await Promise.all([this.redemptions.pageOfPlace(manager, id, shown, limit, after), this.redemptions.countOfPlace(manager, id, shown)]);
    return { rows, totalCount };
  }

  /** The redemption, locked for a correction; another programme's answers as a missing one, and is left unlocked. */
  private async lockedRedemption(
    manager: EntityManager,
    redemptionId: string,
    reach: Reach,
    mayCorrect: (reach: Reach, redemption: RedemptionEntity) => boolean = mayCorrectRedemption,
  ): Promise<RedemptionEntity> {
    const id = parseId(redemptionId, 'redemptionId');
    const found = await this.redemptions.findById(manager, id);
    if (!found || !mayCorrect(reach, found)) throw new DomainError('NOT_FOUND', 'no such redemption', { field: 'redemptionId' });
    return this.redemptions.lockById(manager, id);
  }

  /** The pass of a corrected redemption back in its beneficiary's hands, and the funnel's stages it had reached at the place taken off. */
  private async giveBackPass(manager: EntityManager, redemption: RedemptionEntity, stages: readonly FunnelStage[]): Promise<void> {
    const bookletId = await this.booklets.giveBackRedeemedPass(manager, redemption.passNumber, redemption.id);
    await this.booklets.uncountRedeemed(manager, bookletId);
    const handOut = await this.redemptions.handOutOf(manager, redemption.handOutId);
    await applyFunnelChanges(manager, redemption.programmeId, stages.flatMap((stage) => handOutChanges(handOutDimensionsOf(handOut), stage, -1, redemption.placeId)));
  }

  private async redeemOnce(manager: EntityManager, number: string, placeId: string, command: RedeemCommand, reach: Reach): Promise<RedemptionEntity> {
    // The hot path's queries each answer in one round trip: this is the one request places send all day long.
    const pass = await this.passFacts(manager, number, placeId);
    // Out of reach, a pass reads as a number that does not exist (and counts as a guess like one).
    if (!mayRedeemPass(reach, { programmeId: pass.programme_id })) throw unknownPass();
    // The code before the place: a wrong one answers as a number that does not exist whatever the
    // place named, so that naming another's place never tells an existing pass from a missing one.
    this.assertCode(number, command);
    if (!mayRedeemAt(reach, placeOf(pass, placeId), pass.programme_id)) throw notYourPlace();
    const place = pass.place;
    const now = this.clock.now();
    const refusal = passRefusal(pass, isoDate(now)) ?? placeRefusal(place ?? null, pass);
    if (refusal) throw refusalError(refusal);

    const id = newId();
    const redemption: RedemptionEntity = {
      id,
      passNumber: Number(number),
      programmeId: pass.programme_id,
      orderId: pass.order_id,
      handOutId: pass.hand_out_id!,
      placeId,
      placeOrganisationId: place!.organisationId,
      faceValueCents: Number(pass.face_value_cents),
      idempotencyKey: command.idempotencyKey,
      requestedBy: reach.identity.subject,
      redeemedAt: now,
      status: 'REDEEMED',
      cancelledAt: null,
      cancelledBy: null,
      cancellationReason: null,
      statementId: null,
    };
    // The conditional update decides; the redemption row is written only if it won.
    const won = await this.redemptions.redeemIfHandedOut(manager, number, redemption);
    if (!won) {
      // Someone else redeemed it (or the expiry job expired it) since we read it.
      throw refusalError((await this.redemptions.passStatus(manager, number)) === 'EXPIRED' ? 'EXPIRED' : 'ALREADY_REDEEMED');
    }
    const handOut = won.hand_out;
    // A test pass's redemption stays in the sandbox: funding must never count it as passes used.
    if (!pass.sandbox) {
      await recordEvent(
        manager,
        PassRedeemedV1,
        {
          redemptionId: id,
          passNumber: number,
          programmeId: pass.programme_id,
          orderId: pass.order_id,
          placeId,
          placeOrganisationId: redemption.placeOrganisationId,
          faceValueCents: redemption.faceValueCents,
          redeemedAt: now.toISOString(),
        },
        now,
      );
    }
    // Shared rows last, in one statement, so that their locks are held only until the commit that follows.
    await applyFunnelChanges(manager, pass.programme_id, handOutChanges(handOutDimensionsOf(handOut), 'redeemed', 1, placeId), this.booklets.countRedeemed(won.booklet_id));
    return redemption;
  }

  /**
   * Runs a check or redemption behind the brute-force brake (guess-throttle.ts), per caller and per
   * pass number. A wrong code is counted before it is evaluated, so that concurrent guesses cannot
   * outrun the limit, and taken back when the request turns out to be refused for another reason;
   * a right code only meets the blocks (read by `preflight` when the caller reads them itself).
   */
  private async guarded<T>(subject: string, presented: PresentedPass, work: (number: string) => Promise<T>, preflight?: (keys: string[]) => Promise<Date | null>): Promise<T> {
    let number: string;
    try {
      number = this.readPass(presented);
    } catch (error) {
      // Not a number of ours: counted against the caller alone, once it is known not to be blocked.
      await this.throttle.assertAllowed([callerKey(subject)]);
      await this.throttle.recordFailure([callerKey(subject)]);
      throw error;
    }
    const keys = [callerKey(subject), passKey(number)];
    const guess = !this.codeMatches(number, presented);
    if (guess) await this.throttle.reserve(keys);
    else if (preflight) this.throttle.assertNotBlocked(await preflight(keys));
    else await this.throttle.assertAllowed(keys);
    try {
      const result = await work(number);
      if (guess) await this.throttle.giveBack(keys);
      return result;
    } catch (error) {
      const counted = error instanceof DomainError && GUESS_CODES.has(error.code);
      if (guess && !counted) await this.throttle.giveBack(keys);
      if (!guess && counted) await this.throttle.recordFailure(keys);
      throw error;
    }
  }

  private readPass(presented: PresentedPass): string {
    const fromQr = presented.qrPayload ? parseQrPayload(presented.qrPayload) : undefined;
    if (presented.qrPayload && !fromQr) throw new RedemptionError('UNKNOWN_PASS', 'this is not a pass QR code', { field: 'qrPayload' });
    const number = fromQr?.number ?? normalisePassNumber(presented.passNumber ?? '');
    if (!number || !hasValidCheckDigit(number)) throw unknownPass();
    return number;
  }

  private codeMatches(number: string, presented: PresentedPass): boolean {
    const code = presented.qrPayload ? parseQrPayload(presented.qrPayload)!.code : (presented.code ?? '');
    return codeMatches(this.passCodeKey, number, code);
  }

  /** A wrong code answers as a number that does not exist: it never tells a prober that the number is a pass. */
  private assertCode(number: string, presented: PresentedPass): void {
    if (!this.codeMatches(number, presented)) throw unknownPass();
  }

  /** The pass, its order's terms, and (when asked) the place, in one query. */
  private async passFacts(manager: EntityManager, number: string, placeId: string | null = null): Promise<PassFacts> {
    const pass = await this.redemptions.passFacts(manager, number, placeId);
    if (!pass) throw unknownPass();
    return pass;
  }

  private async byIdempotencyKey(placeId: string, key: string, number: string): Promise<RedemptionEntity | null> {
    return this.sameRequest(await this.redemptions.byIdempotencyKey(this.dataSource.manager, placeId, key), number);
  }

  /** The first result of a retried request; a key reused for another pass is refused. */
  private sameRequest(earlier: RedemptionRow | null, number: string): RedemptionEntity | null {
    if (!earlier) return null;
    if (earlier.passNumber !== number) {
      throw new RedemptionError('IDEMPOTENCY_KEY_REUSED', 'this idempotency key was used for another pass', { field: 'idempotencyKey' });
    }
    return {
      ...earlier,
      passNumber: Number(earlier.passNumber),
      faceValueCents: Number(earlier.faceValueCents),
      redeemedAt: new Date(earlier.redeemedAt),
      cancelledAt: earlier.cancelledAt ? new Date(earlier.cancelledAt) : null,
    };
  }
}

const REFUSAL_MESSAGES: Record<RefusalCode, string> = {
  UNKNOWN_PASS: 'no pass with this number and code',
  ALREADY_REDEEMED: 'this pass has already been redeemed',
  EXPIRED: 'this pass has expired',
  NOT_ACTIVATED: "this pass's order has not been activated yet",
  NOT_HANDED_OUT: 'this pass has not been handed to a beneficiary',
  NOT_YET_VALID: 'this pass is not valid yet',
  PLACE_NOT_QUALIFIED: "this place is not qualified to accept this programme's passes",
  OUTSIDE_PERIMETER: "this place is outside the pass's perimeter",
};

function refusalError(code: RefusalCode): RedemptionError {
  return new RedemptionError(code, REFUSAL_MESSAGES[code]);
}

/** A number that does not exist, and a pass out of the caller's reach, read alike. */
function unknownPass(): RedemptionError {
  return new RedemptionError('UNKNOWN_PASS', 'no pass with this number and code', { field: 'passNumber' });
}

/** A place that is not the caller's (or outside its key's scopes), whether it exists or not. */
function notYourPlace(): DomainError {
  return new DomainError('FORBIDDEN', 'you are not allowed to do this');
}

/** The place named, as the tenancy rules need it; a place passes has not learnt of has no organisation yet. */
function placeOf(pass: PassFacts, placeId: string): { id: string; organisationId: string | null } {
  return { id: placeId, organisationId: pass.place?.organisationId ?? null };
}
