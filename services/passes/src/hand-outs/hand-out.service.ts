// Handing a booklet, or a single pass from one, to a beneficiary. The distributor records a
// pseudonymous profile; the passes get their validity (hand-out + 1 year + 1 month, capped by the
// programme's last valid day and the order's window). Passes may be handed out before the order
// is activated; they cannot be redeemed until it is. Nothing is handed out once the programme has
// ended or its accounts are closed, nor beyond the quota of a zone its beneficiary lives in.
import type { DataSource } from 'typeorm';
import { DomainError, isoDate, newId, type Clock } from '@pass-numerique/kernel';
import { BENEFICIARY_SITUATIONS, PassDistributedV1 } from '@pass-numerique/event-contracts';
import { Geography } from '@pass-numerique/geography';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import { BookletRepository } from '../booklets/booklet.repository';
import { HandOutRepository } from './hand-out.repository';
import type { ProgrammeRepository } from '../programmes/programme.repository';
import { AGE_BANDS, GENDERS, HandOutEntity, handOutDimensionsOf, publicsOf } from './hand-out.entity';
import { HandOutError } from './hand-out.errors';
import { validUntilOf } from './validity';
import { applyFunnelChanges, handOutChanges } from '../funnel/funnel-writer';
import { perimeterContains, zonesContaining } from '../territories/perimeters';
import { normalisePassNumber } from '../orders/pass-numbers';
import { mayMoveBooklet } from '../tenancy';
import { assertProgrammeOpen, lastValidDay } from '../programmes/programme-life';
import type { ZoneQuotas } from '../territories/zone-quota';

export interface BeneficiaryProfile {
  ageBand: string;
  gender?: string | null;
  situation: string;
  residenceInseeCode: string;
  /** The beneficiary agreed to the pseudonymous record; without it nothing is handed out. */
  consent: boolean;
}

export interface HandOutCommand {
  /** A whole booklet (its passes not handed out yet)… */
  bookletId?: string | null;
  /** …or one pass of an allocated booklet. */
  passNumber?: string | null;
  profile: BeneficiaryProfile;
}

export interface HandOutResult {
  handOut: HandOutEntity;
  passNumbers: number[];
}

export class HandOutService {
  private readonly booklets = new BookletRepository();
  private readonly handOuts = new HandOutRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeRepository,
    private readonly clock: Clock,
    private readonly quotas: ZoneQuotas,
  ) {}

  /** Hands out passes of a booklet the caller may move (mayMoveBooklet); any other answers as a missing booklet or pass. */
  async handOut(command: HandOutCommand, reach: Reach): Promise<HandOutResult> {
    const profile = this.checkProfile(command.profile);
    if (!command.bookletId === !command.passNumber) throw new DomainError('BAD_USER_INPUT', 'give either bookletId or passNumber', { field: 'bookletId' });
    const passNumber = command.passNumber ? normalisePassNumber(command.passNumber) : undefined;
    if (command.passNumber && !passNumber) throw new HandOutError('UNKNOWN_PASS', 'no such pass', { field: 'passNumber' });
    if (command.bookletId && !/^[0-9a-f-]{36}$/i.test(command.bookletId)) throw new DomainError('INVALID_ID', 'bookletId is not a valid id', { field: 'bookletId' });

    return this.dataSource.transaction(async (manager) => {
      let bookletId = command.bookletId?.toLowerCase();
      if (passNumber) {
        const pass = await this.booklets.bookletOfPass(manager, passNumber);
        if (!pass || !mayMoveBooklet(reach, pass)) throw new HandOutError('UNKNOWN_PASS', 'no such pass', { field: 'passNumber' });
        bookletId = pass.booklet_id;
      }
      const found = await this.booklets.findById(manager, bookletId);
      // A booklet the caller may not hand out from (another programme's or distributor's, in stock for a distributor) reads as a missing one.
      if (!found || !mayMoveBooklet(reach, found)) throw new DomainError('NOT_FOUND', 'no such booklet', { field: 'bookletId' });
      // The booklet row lock orders concurrent hand-outs from the same booklet.
      const booklet = await this.booklets.lockById(manager, bookletId);
      if (!mayMoveBooklet(reach, booklet)) throw new DomainError('NOT_FOUND', 'no such booklet', { field: 'bookletId' });
      if (!booklet.distributorOrganisationId) throw new HandOutError('BOOKLET_NOT_ALLOCATED', 'the booklet is not with a distributor', { field: 'bookletId' });
      const order = await this.booklets.orderOf(manager, booklet.orderId);
      const programme = await this.programmes.getForChange(booklet.programmeId, manager);

      const now = this.clock.now();
      const today = isoDate(now);
      assertProgrammeOpen(programme, passNumber ? 'passNumber' : 'bookletId');
      if (today > programme.endsOn) throw new HandOutError('PROGRAMME_ENDED', 'the programme has ended: distribution is stopped', { field: 'bookletId' });
      const validUntil = validUntilOf(today, lastValidDay(programme), order.validUntil);
      if (validUntil < today) throw new HandOutError('VALIDITY_ENDED', "the order's validity window has ended", { field: 'bookletId' });
      if (!(await perimeterContains(manager, { level: order.perimeterLevel, code: order.perimeterCode }, profile.residenceInseeCode))) {
        throw new HandOutError('OUTSIDE_PERIMETER', "the beneficiary's commune is outside the passes' perimeter", { field: 'profile.residenceInseeCode' });
      }
      if (order.targetPublics.length > 0 && !publicsOf(profile).some((p) => order.targetPublics.includes(p))) {
        throw new HandOutError('PUBLIC_NOT_TARGETED', `these passes are reserved for: ${order.targetPublics.join(', ')}`, { field: 'profile.situation', targetPublics: order.targetPublics });
      }
      const zoneIds = await zonesContaining(manager, profile.residenceInseeCode, programme.id);
      await this.quotas.assertHandOutFits(manager, programme.id, zoneIds, passNumber ? 1 : booklet.size - booklet.handedOutCount, passNumber ? 'passNumber' : 'bookletId');

      const handOutId = newId();
      const handed = await this.booklets.handOutPasses(manager, { id: handOutId, validUntil }, booklet, passNumber ?? null);
      if (handed.length === 0) {
        throw passNumber
          ? new HandOutError('PASS_ALREADY_HANDED_OUT', 'this pass has already been handed out', { field: 'passNumber' })
          : new HandOutError('BOOKLET_ALREADY_HANDED_OUT', 'every pass of this booklet has already been handed out', { field: 'bookletId' });
      }
      const passNumbers = handed.map((p) => Number(p.number)).sort((a, b) => a - b);
      const commune = Geography.load().commune(profile.residenceInseeCode)!;
      const handOut = manager.create(HandOutEntity, {
        id: handOutId,
        programmeId: programme.id,
        orderId: order.id,
        bookletId: booklet.id,
        distributorOrganisationId: booklet.distributorOrganisationId,
        passCount: passNumbers.length,
        handedOutAt: now,
        validUntil,
        ageBand: profile.ageBand,
        gender: profile.gender ?? null,
        situation: profile.situation,
        residenceInseeCode: commune.code,
        residenceEpci: commune.epci,
        residenceDepartement: commune.departement,
        residenceRegion: commune.region,
        zoneIds,
        consentGiven: true,
        recordedBy: reach.identity.subject,
      });
      await this.handOuts.insert(manager, handOut);
      await this.booklets.countHandedOut(manager, booklet.id, passNumbers.length);
      await applyFunnelChanges(manager, programme.id, handOutChanges(handOutDimensionsOf(handOut), 'handedOut', passNumbers.length));
      await recordEvent(
        manager,
        PassDistributedV1,
        {
          handOutId,
          programmeId: programme.id,
          orderId: order.id,
          bookletId: booklet.id,
          distributorOrganisationId: handOut.distributorOrganisationId,
          passNumbers: passNumbers.map((n) => String(n)),
          passCount: passNumbers.length,
          faceValueTotalCents: passNumbers.length * order.passFaceValueCents,
          residenceInseeCode: commune.code,
          farFromEmployment: profile.situation === 'FAR_FROM_EMPLOYMENT',
          validUntil,
          handedOutAt: now.toISOString(),
        },
        now,
      );
      return { handOut, passNumbers };
    });
  }

  private checkProfile(profile: BeneficiaryProfile): BeneficiaryProfile {
    if (profile.consent !== true) throw new HandOutError('CONSENT_REQUIRED', "the beneficiary's consent is required", { field: 'profile.consent' });
    if (!(AGE_BANDS as readonly string[]).includes(profile.ageBand)) throw new DomainError('BAD_USER_INPUT', 'unknown age band', { field: 'profile.ageBand' });
    if (profile.gender && !(GENDERS as readonly string[]).includes(profile.gender)) throw new DomainError('BAD_USER_INPUT', 'unknown gender', { field: 'profile.gender' });
    if (!(BENEFICIARY_SITUATIONS as readonly string[]).includes(profile.situation)) throw new DomainError('BAD_USER_INPUT', 'unknown situation', { field: 'profile.situation' });
    if (!Geography.load().commune(profile.residenceInseeCode)) {
      throw new HandOutError('UNKNOWN_COMMUNE', `${profile.residenceInseeCode} is not the INSEE code of a current commune`, { field: 'profile.residenceInseeCode' });
    }
    return profile;
  }
}
