// The expiry job: passes whose validity has ended unused become EXPIRED, and passes never handed
// out when their programme has ended too (distribution is stopped); then each order's newly
// expired passes go back to the buyer as a credit note at face value. One transaction per order
// and step, each a conditional UPDATE on the passes' state: running the job twice, or two
// replicas at once, changes nothing the second time. Time comes from the injected clock. A
// programme's staff run it for their programme; the scheduled run goes through every programme.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, isoDate, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { CreditNoteIssuedV1, PassExpiredV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Logger, Reach } from '@pass-numerique/service-kit';
import { applyFunnelChanges, handOutChanges, type FunnelChange } from '../funnel/funnel-writer';
import { handOutDimensionsOf, type HandOutEntity } from '../hand-outs/hand-out.entity';
import { HandOutRepository } from '../hand-outs/hand-out.repository';
import type { FunnelStage } from '../funnel/funnel.repository';
import { CreditNoteEntity } from './credit-note.entity';
import { ExpiryRepository, type OrderRange, type PassGroup } from './expiry.repository';
import type { ProgrammeRepository } from '../programmes/programme.repository';
import { mayActInProgramme } from '../tenancy';

export interface ExpiryRun {
  programmeId: string;
  /** The day the run considered "today": passes valid until the day before expire. */
  runOn: string;
  expired: number;
  creditNotes: CreditNoteEntity[];
}

export class ExpiryService {
  private readonly expiry = new ExpiryRepository();
  private readonly handOuts = new HandOutRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeRepository,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Runs the job for one programme the caller manages; another programme reads as one that does not exist. */
  async runFor(programmeId: string, reach: Reach): Promise<ExpiryRun> {
    const programme = await this.programmes.findById(parseId(programmeId, 'programmeId'));
    if (!programme || !mayActInProgramme(reach, programme.id)) throw new DomainError('NOT_FOUND', 'no such programme', { field: 'programmeId' });
    return this.run(programme.id);
  }

  /** The scheduled run: every programme in turn, one log line each with what it did. */
  async runAll(): Promise<ExpiryRun[]> {
    const runs: ExpiryRun[] = [];
    for (const programmeId of await this.programmes.allIds()) {
      const run = await this.run(programmeId);
      this.logger.info('expiry run', { programmeId, runOn: run.runOn, expired: run.expired, creditNotes: run.creditNotes.length });
      runs.push(run);
    }
    return runs;
  }

  /** Expires and credits one programme's passes as of today (the injected clock). */
  async run(programmeId: string): Promise<ExpiryRun> {
    const today = isoDate(this.clock.now());
    let expired = 0;
    for (const order of await this.expiry.ordersWithPassesToExpire(this.dataSource.manager, programmeId, today)) {
      expired += await this.dataSource.transaction((manager) => this.expireOrder(manager, order, today));
    }
    const creditNotes: CreditNoteEntity[] = [];
    for (const order of await this.expiry.ordersWithPassesToCredit(this.dataSource.manager, programmeId)) {
      const note = await this.dataSource.transaction((manager) => this.creditOrder(manager, order));
      if (note) creditNotes.push(note);
    }
    return { programmeId, runOn: today, expired, creditNotes };
  }

  private async expireOrder(manager: EntityManager, order: OrderRange, today: string): Promise<number> {
    // Validity ended: expired from the day after their last valid day.
    const afterValidity = await this.expiry.expireAfterValidity(manager, order, today);
    // Never handed out and the programme is over: distribution is stopped, they will never be used.
    const neverHandedOut: PassGroup[] = order.programme_ends_on < today ? await this.expiry.expireNeverHandedOut(manager, order) : [];
    const groups = [...afterValidity, ...neverHandedOut];
    const count = groups.reduce((sum, g) => sum + g.count, 0);
    if (count === 0) return 0;
    const byBooklet = new Map<string, number>();
    for (const g of groups) byBooklet.set(g.booklet_id, (byBooklet.get(g.booklet_id) ?? 0) + g.count);
    await this.expiry.countExpired(manager, byBooklet);
    await applyFunnelChanges(manager, order.programme_id, await this.changesOf(manager, groups, 'expired'));
    const never = neverHandedOut.reduce((sum, g) => sum + g.count, 0);
    await recordEvent(
      manager,
      PassExpiredV1,
      {
        expiryId: newId(),
        programmeId: order.programme_id,
        orderId: order.id,
        passCount: count,
        neverHandedOutCount: never,
        faceValueTotalCents: count * Number(order.pass_face_value_cents),
        expiredOn: today,
      },
      this.clock.now(),
    );
    return count;
  }

  private async creditOrder(manager: EntityManager, order: OrderRange): Promise<CreditNoteEntity | null> {
    const id = newId();
    const groups = await this.expiry.creditExpired(manager, order, id);
    const count = groups.reduce((sum, g) => sum + g.count, 0);
    if (count === 0) return null;
    const now = this.clock.now();
    const note = manager.create(CreditNoteEntity, {
      id,
      programmeId: order.programme_id,
      orderId: order.id,
      buyerOrganisationId: order.buyer_organisation_id,
      passCount: count,
      amountCents: count * Number(order.pass_face_value_cents),
      issuedAt: now,
    });
    await this.expiry.insertCreditNote(manager, note);
    await applyFunnelChanges(manager, order.programme_id, await this.changesOf(manager, groups, 'credited'));
    await recordEvent(
      manager,
      CreditNoteIssuedV1,
      { creditNoteId: id, programmeId: note.programmeId, orderId: note.orderId, buyerOrganisationId: note.buyerOrganisationId, passCount: count, amountCents: note.amountCents, issuedAt: now.toISOString() },
      now,
    );
    return note;
  }

  /**
   * Passes that had been handed out count where their beneficiary lives, for their distributor
   * and publics; passes never handed out count for the programme and, if allocated, the distributor.
   */
  private async changesOf(manager: EntityManager, groups: PassGroup[], stage: FunnelStage): Promise<FunnelChange[]> {
    const handOutIds = [...new Set(groups.map((g) => g.hand_out_id).filter((id): id is string => id !== null))];
    const handOuts = new Map<string, HandOutEntity>();
    for (let i = 0; i < handOutIds.length; i += 5_000) {
      const slice = handOutIds.slice(i, i + 5_000);
      for (const h of await this.handOuts.byIds(manager, slice)) handOuts.set(h.id, h);
    }
    return groups.flatMap((g): FunnelChange[] => {
      if (g.hand_out_id) return handOutChanges(handOutDimensionsOf(handOuts.get(g.hand_out_id)!), stage, g.count);
      const changes: FunnelChange[] = [{ dimension: 'PROGRAMME', key: '', stage, delta: g.count }];
      if (g.distributor_organisation_id) changes.push({ dimension: 'DISTRIBUTOR', key: g.distributor_organisation_id, stage, delta: g.count });
      return changes;
    });
  }
}
