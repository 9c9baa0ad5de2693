// Handing a booklet, or a single pass from one, to a beneficiary. The distributor records a
// pseudonymous profile; the passes get their validity (hand-out + 1 year + 1 month, capped by the
// programme's last valid day and the order's window). Passes may be handed out before the order
// is activated; they cannot be redeemed until it is. Nothing is handed out once the programme has
// ended or its accounts are closed, nor beyond the quota of a zone its beneficiary lives in.
import type { DataSource } from 'typeorm';
import { DomainError, isoDate, newId, type Clock } from '@pass-numerique/kernel';
import { PassDistributedV1 } from '@pass-numerique/event-contracts';
import { Geography } from '@pass-numerique/geography';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import { BookletRepository } from '../booklets/booklet.repository';
import { HandOutRepository } from './hand-out.repository';
import type { ProgrammeRepository } from '../programmes/programme.repository';
import { HandOutEntity, handOutDimensionsOf } from './hand-out.entity';
import { HandOutError } from './hand-out.errors';
import { validUntilOf } from './validity';
import { assertDistributionOpen, assertPublicTargeted, assertValidityLeft, checkHandOutTarget, checkProfile, type BeneficiaryProfile } from './hand-out.rules';
import { applyFunnelChanges, handOutChanges } from '../funnel/funnel-writer';
import { perimeterContains, territoryName, zonesContaining } from '../territories/perimeters';
import { mayMoveBooklet } from '../tenancy';
import { assertProgrammeOpen, lastValidDay } from '../programmes/programme-life';
import type { ZoneQuotas } from '../territories/zone-quota';

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
    const profile = checkProfile(command.profile);
    const { passNumber } = checkHandOutTarget(command);

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
      assertDistributionOpen(programme, today);
      const validUntil = validUntilOf(today, lastValidDay(programme), order.validUntil);
      assertValidityLeft(validUntil, today);
      const perimeter = { level: order.perimeterLevel, code: order.perimeterCode };
      if (!(await perimeterContains(manager, perimeter, profile.residenceInseeCode))) {
        // Naming the territory that is valid lets the distributor tell the beneficiary where these passes go.
        throw new HandOutError('OUTSIDE_PERIMETER', "the beneficiary's commune is outside the passes' perimeter", {
          field: 'profile.residenceInseeCode',
          perimeterLevel: perimeter.level,
          perimeterCode: perimeter.code,
          perimeterName: await territoryName(manager, perimeter),
        });
      }
      assertPublicTargeted(order, profile);
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
      // A sandbox's hand-out is announced to no one: no figure (people helped, analytics) may count it.
      if (!programme.sandbox) {
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
      }
      return { handOut, passNumbers };
    });
  }
}
