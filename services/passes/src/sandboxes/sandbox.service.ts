// An organisation's sandbox, as passes runs it (partners.sandbox.opened.v1 tells of it): the
// organisation is its distributor and its places are qualified in it, and it holds test passes —
// issued here without order, payment or budget, and announced to no one. Its activity never
// counts: the funnel leaves sandboxes out (funnel-counter.repository.ts), redemptions and
// hand-outs in a sandbox write no event (so funding, people-helped counts and analytics never
// hear of them), and the scheduled expiry, credit notes and statements skip sandboxes
// (ProgrammeRepository.allIds). Partner software uses the same API on test passes as on real ones.
import type { DataSource, EntityManager } from 'typeorm';
import { Geography } from '@pass-numerique/geography';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import type { PayloadOf, SandboxOpenedV1 } from '@pass-numerique/event-contracts';
import type { Reach } from '@pass-numerique/service-kit';
import { HandOutEntity } from '../hand-outs/hand-out.entity';
import { HandOutRepository } from '../hand-outs/hand-out.repository';
import { BookletRepository } from '../booklets/booklet.repository';
import { PassOrderEntity } from '../orders/order.entity';
import { OrderRepository } from '../orders/order.repository';
import { issueBookletsAndPasses, PASS_SERIAL_ALIGNMENT, reserveSerials } from '../orders/pass-generation';
import { formatPassNumber, verificationCode } from '../orders/pass-numbers';
import type { PartnerFactsService } from '../partners/partner-facts.service';
import { mayUseSandbox } from '../tenancy';
import { SandboxRepository } from './sandbox.repository';

/** Each set of test passes: two booklets of ten 10 € passes, the first already handed out (ready to redeem), the second to try a hand-out with. */
const BOOKLETS = 2;
const BOOKLET_SIZE = 10;
const FACE_VALUE_CENTS = 1_000;
const SUBJECT = 'platform:sandbox';

export interface SandboxPass {
  number: string;
  code: string;
  status: string;
  bookletId: string;
  validUntil: string | null;
  faceValueCents: number;
}

export class SandboxService {
  private readonly repository = new SandboxRepository();
  private readonly bookletRepository = new BookletRepository();
  private readonly handOuts = new HandOutRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrderRepository,
    private readonly partnerFacts: PartnerFactsService,
    private readonly clock: Clock,
    private readonly passCodeKey: Buffer,
  ) {}

  /** The sandbox as partners announced it: its programme, distributor and places, and a first set of test passes. */
  async opened(manager: EntityManager, sandbox: PayloadOf<typeof SandboxOpenedV1>, learntAt: string): Promise<void> {
    const region = Geography.load().commune(sandbox.organisationInseeCode)?.region;
    if (!region) throw new Error(`the sandbox's organisation commune ${sandbox.organisationInseeCode} is unknown`);
    const learnt = await this.repository.recordProgramme(
      manager,
      { ...sandbox, code: `SANDBOX-${sandbox.programmeId.slice(0, 8)}`, perimeter: { level: 'REGION', code: region } },
      learntAt,
    );
    if (!learnt) return;
    for (const place of sandbox.places) {
      await this.partnerFacts.qualificationChanged(manager, { ...place, organisationId: sandbox.organisationId, programmeId: sandbox.programmeId, at: sandbox.at }, 'QUALIFIED');
    }
    // The sandbox's one agreement: the organisation distributes its passes (its id is the programme's, there being one).
    await this.partnerFacts.agreementSigned(manager, {
      agreementId: sandbox.programmeId,
      programmeId: sandbox.programmeId,
      organisationId: sandbox.organisationId,
      role: 'DISTRIBUTOR',
      scope: null,
      startsOn: sandbox.startsOn,
      endsOn: sandbox.endsOn,
    });
    await this.issueTestPasses(manager, { id: sandbox.programmeId, organisationId: sandbox.organisationId, endsOn: sandbox.endsOn }, { level: 'REGION', code: region }, sandbox.organisationInseeCode);
  }

  /** The latest set of test passes, with their codes, for the organisation's own people and software; null for anyone else. */
  async passes(rawProgrammeId: string, reach: Reach): Promise<SandboxPass[] | null> {
    const programme = await this.repository.sandboxProgramme(this.dataSource.manager, parseId(rawProgrammeId, 'programmeId'));
    if (!programme || !mayUseSandbox(reach, programme)) return null;
    const rows = await this.repository.latestPasses(this.dataSource.manager, programme.id);
    return rows.map((r) => {
      const number = formatPassNumber(r.number);
      return { number, code: verificationCode(this.passCodeKey, number), status: r.status, bookletId: r.booklet_id, validUntil: r.valid_until, faceValueCents: Number(r.face_value_cents) };
    });
  }

  /** A fresh set of test passes in place of the one listed; those issued before stay as they are. */
  async reset(rawProgrammeId: string, reach: Reach): Promise<{ programmeId: string }> {
    const programmeId = parseId(rawProgrammeId, 'programmeId');
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.repository.sandboxProgramme(manager, programmeId);
      // Another organisation's sandbox, or a real programme, is for the caller one that does not exist.
      if (!programme || !mayUseSandbox(reach, programme)) throw new DomainError('NOT_FOUND', 'no such sandbox', { field: 'programmeId' });
      const previous = await this.repository.latestSet(manager, programmeId);
      if (!previous) throw new DomainError('NOT_FOUND', 'no such sandbox', { field: 'programmeId' });
      await this.issueTestPasses(manager, programme, { level: previous.perimeterLevel, code: previous.perimeterCode }, previous.residenceInseeCode);
      return { programmeId };
    });
  }

  /**
   * A set of test passes: an order already paid for (nothing to pay: no event tells funding of it),
   * its booklets with the organisation, the first handed out to a fictitious beneficiary of its commune.
   */
  private async issueTestPasses(manager: EntityManager, programme: { id: string; organisationId: string; endsOn: string }, perimeter: { level: string; code: string }, residenceInseeCode: string): Promise<void> {
    const now = this.clock.now();
    const passCount = BOOKLETS * BOOKLET_SIZE;
    const firstPassSerial = await reserveSerials(manager, 'pass', passCount, PASS_SERIAL_ALIGNMENT);
    const firstBookletSerial = await reserveSerials(manager, 'booklet', BOOKLETS);
    const order = manager.create(PassOrderEntity, {
      id: newId(),
      programmeId: programme.id,
      buyerOrganisationId: programme.organisationId,
      operatorOrganisationId: null,
      bookletCount: BOOKLETS,
      bookletSize: BOOKLET_SIZE,
      passCount,
      passFaceValueCents: FACE_VALUE_CENTS,
      feeRateBasisPoints: 0,
      feeCents: 0,
      perimeterLevel: perimeter.level,
      perimeterCode: perimeter.code,
      validFrom: null,
      validUntil: null,
      targetPublics: [],
      status: 'ACTIVATED',
      placedAt: now,
      placedBy: SUBJECT,
      deliveredAt: now,
      activatedAt: now,
      paymentOrderNumber: 'BAC-A-SABLE',
      firstPassSerial,
      firstBookletSerial,
    });
    await this.orders.insert(manager, order);
    await issueBookletsAndPasses(manager, { orderId: order.id, programmeId: programme.id, bookletCount: BOOKLETS, bookletSize: BOOKLET_SIZE, firstPassSerial, firstBookletSerial });
    const booklets = await this.repository.bookletsOfOrder(manager, order.id);
    await this.bookletRepository.allocate(manager, booklets.map((b) => b.id), programme.organisationId, programme.id, now);

    const first = booklets[0];
    const commune = Geography.load().commune(residenceInseeCode);
    if (!commune) throw new Error(`the sandbox's commune ${residenceInseeCode} is unknown`);
    const handOut = manager.create(HandOutEntity, {
      id: newId(),
      programmeId: programme.id,
      orderId: order.id,
      bookletId: first.id,
      distributorOrganisationId: programme.organisationId,
      passCount: BOOKLET_SIZE,
      handedOutAt: now,
      validUntil: programme.endsOn,
      ageBand: 'FROM_26_TO_44',
      gender: null,
      situation: 'OTHER',
      residenceInseeCode: commune.code,
      residenceEpci: commune.epci,
      residenceDepartement: commune.departement,
      residenceRegion: commune.region,
      zoneIds: [],
      consentGiven: true,
      recordedBy: SUBJECT,
    });
    await this.handOuts.insert(manager, handOut);
    await this.bookletRepository.handOutPasses(manager, { id: handOut.id, validUntil: handOut.validUntil }, first, null);
    await this.bookletRepository.countHandedOut(manager, first.id, BOOKLET_SIZE);
  }
}
