// Commitments, payments and receipts. Two invariants hold at every commit, under any
// concurrency: commitments ≤ their authorisation (net of reductions), and payments net of
// receipts ≤ their commitment net of reductions. Each write locks the row that carries the
// ceiling (the authorisation, the commitment) FOR UPDATE, re-reads the sums and checks them in the
// same transaction, so two writers that would together break a ceiling are serialised and the
// second one is refused. Money given back is a receipt (titre de recettes), never a negative
// payment: a reduction releases what is unpaid, a receipt what was paid.
//
// The `…Inside(manager, …)` methods run inside a caller's transaction: the hand-entry methods
// below and the passes-event handlers (whose transaction also records the event as processed)
// share them, so both paths obey exactly the same rules.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, isUuid, newId, parseId, notFound, type Clock } from '@pass-numerique/kernel';
import { decodeCursor, pageSize, toConnection, type PageArgs, type Reach } from '@pass-numerique/service-kit';
import { mayActOnCommitment, mayCommitAgainst } from '../tenancy';
import { CommitmentEntity, CommitmentReductionEntity, PaymentEntity, ReceiptEntity, type CommitmentKind } from './commitment.entity';
import { CommitmentError } from './commitment.errors';
import type { AuthorisationRoom, CommitmentRepository, PaymentFilter, ReceiptFilter } from './commitment.repository';
import {
  validateCommitment,
  validatePayment,
  validateReceipt,
  validateReduction,
  type CommitmentDraft,
  type CreditDraft,
  type PaymentDraft,
  type ReceiptDraft,
  type RecordCommitmentCommand,
  type RecordPaymentCommand,
  type RecordReceiptCommand,
  type RecordReductionCommand,
  type ReductionDraft,
} from './commitment.rules';

/** Net figures of one commitment, read after its row is locked. */
export interface CommitmentFigures {
  /** Committed, net of reductions. */
  committedCents: number;
  /** Paid, net of receipts. */
  paidCents: number;
}

export class CommitmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CommitmentRepository,
    private readonly clock: Clock,
  ) {}

  /** The commitment; null when there is none, or when it belongs to a programme the caller does not read. */
  async find(id: string, reach: Reach): Promise<CommitmentEntity | null> {
    if (!isUuid(id)) return null;
    const [commitment] = await this.repository.findByIds([id.toLowerCase()]);
    return commitment && mayActOnCommitment(reach, commitment) ? commitment : null;
  }

  // Hand entries are checked against the caller's reach before the transaction: an authorisation
  // or a commitment never changes programme, and another authority's row is then neither locked
  // nor read further. Out of reach, it answers as one that does not exist.

  async recordCommitment(command: RecordCommitmentCommand, reach: Reach): Promise<CommitmentEntity> {
    const { authorisationId, draft } = validateCommitment(command);
    const authorisation = await this.repository.findAuthorisation(authorisationId);
    if (!authorisation || !mayCommitAgainst(reach, authorisation)) throw notFound('authorisation', authorisationId);
    return this.dataSource.transaction((manager) => this.commitInside(manager, authorisationId, draft));
  }

  async recordPayment(command: RecordPaymentCommand, reach: Reach): Promise<PaymentEntity> {
    const { commitmentId, draft } = validatePayment(command);
    await this.commitmentInReach(commitmentId, reach);
    return this.dataSource.transaction((manager) => this.payInside(manager, commitmentId, draft));
  }

  async recordReduction(command: RecordReductionCommand, reach: Reach): Promise<CommitmentReductionEntity> {
    const { commitmentId, draft } = validateReduction(command);
    await this.commitmentInReach(commitmentId, reach);
    return this.dataSource.transaction((manager) => this.reduceInside(manager, commitmentId, draft));
  }

  async recordReceipt(command: RecordReceiptCommand, reach: Reach): Promise<ReceiptEntity> {
    const { commitmentId, draft, releasesCommitment } = validateReceipt(command);
    await this.commitmentInReach(commitmentId, reach);
    return this.dataSource.transaction((manager) => this.receiveInside(manager, commitmentId, draft, releasesCommitment));
  }

  private async commitmentInReach(commitmentId: string, reach: Reach): Promise<void> {
    const [commitment] = await this.repository.findByIds([commitmentId]);
    if (!commitment || !mayActOnCommitment(reach, commitment)) throw notFound('commitment', commitmentId);
  }

  /** Commits against one authorisation, refusing what would exceed it. */
  async commitInside(manager: EntityManager, authorisationId: string, draft: CommitmentDraft): Promise<CommitmentEntity> {
    const programmeId = await this.repository.programmeOfAuthorisation(manager, authorisationId);
    if (!programmeId) throw notFound('authorisation', authorisationId);
    await this.holdOpenProgramme(manager, programmeId);
    const [room] = await this.repository.lockAuthorisations(manager, [authorisationId]);
    return this.insertCommitment(manager, programmeId, room, draft);
  }

  /**
   * Commits against the programme's first authorisation (oldest budget year first) that can take
   * the whole amount: an order of passes names its programme, not a budget line.
   */
  async commitToProgrammeInside(manager: EntityManager, programmeId: string, draft: CommitmentDraft): Promise<CommitmentEntity> {
    await this.holdOpenProgramme(manager, programmeId);
    const ids = await this.repository.authorisationIdsOf(manager, programmeId);
    if (ids.length === 0) throw notFound('authorisation of programme', programmeId);
    const rooms = await this.repository.lockAuthorisations(manager, ids);
    const fitting = rooms.find((room) => room.authorisedCents - room.committedCents >= draft.amountCents) ?? rooms[rooms.length - 1];
    return this.insertCommitment(manager, programmeId, fitting, draft);
  }

  async payInside(manager: EntityManager, commitmentId: string, draft: PaymentDraft): Promise<PaymentEntity> {
    const [commitment] = await this.lockCommitments(manager, [commitmentId]);
    if (!commitment) throw notFound('commitment', commitmentId);
    await this.holdOpenProgramme(manager, commitment.entity.programmeId);
    return this.insertPayment(manager, commitment, draft);
  }

  /**
   * Pays an amount that belongs to the programme's pass orders as a whole (a place's monthly
   * statement names no order): oldest order first, spread over the next ones when one is full.
   * Refused whole when all of them together cannot take it. `reserved` keeps part of a
   * commitment for another payment still to come (an order's fee, paid at its activation).
   */
  async payAcrossPassOrdersInside(
    manager: EntityManager,
    programmeId: string,
    draft: PaymentDraft,
    reserved: (commitment: CommitmentEntity) => number = () => 0,
  ): Promise<PaymentEntity[]> {
    const ids = await this.repository.passOrderCommitmentIds(manager, programmeId, draft.paidOn);
    const commitments = await this.lockCommitments(manager, ids);
    await this.holdOpenProgramme(manager, programmeId);
    const roomOf = (c: CommitmentFigures & { entity: CommitmentEntity }) => Math.max(0, c.committedCents - c.paidCents - reserved(c.entity));
    const room = commitments.reduce((sum, c) => sum + roomOf(c), 0);
    if (room < draft.amountCents) {
      throw new CommitmentError('PAYMENTS_EXCEED_COMMITMENT', `the programme's pass orders can take ${room} more cents, not ${draft.amountCents}`, {
        field: 'amount',
        remainingCents: room,
      });
    }
    const payments: PaymentEntity[] = [];
    let left = draft.amountCents;
    for (const commitment of commitments) {
      const share = Math.min(left, roomOf(commitment));
      if (share <= 0) continue;
      payments.push(await this.insertPayment(manager, commitment, { ...draft, id: undefined, amountCents: share }));
      left -= share;
      if (left === 0) break;
    }
    return payments;
  }

  /** Releases what is still unpaid on a commitment; money already paid comes back through a receipt only. */
  async reduceInside(manager: EntityManager, commitmentId: string, draft: ReductionDraft): Promise<CommitmentReductionEntity> {
    const [commitment] = await this.lockCommitments(manager, [commitmentId]);
    if (!commitment) throw notFound('commitment', commitmentId);
    const unpaidCents = commitment.committedCents - commitment.paidCents;
    if (draft.amountCents > unpaidCents) {
      if (draft.amountCents > commitment.committedCents) {
        throw new CommitmentError('REDUCTION_EXCEEDS_COMMITMENT', `only ${commitment.committedCents} cents remain committed, the reduction is ${draft.amountCents}`, {
          field: 'amount',
          committedCents: commitment.committedCents,
        });
      }
      throw new CommitmentError(
        'REDUCTION_EXCEEDS_UNPAID',
        `only ${unpaidCents} cents of the commitment are unpaid; money already paid comes back as a receipt (recordReceipt with releasesCommitment)`,
        { field: 'amount', unpaidCents, committedCents: commitment.committedCents },
      );
    }
    return this.insertReduction(manager, commitment, draft);
  }

  /** Records money given back on a commitment, and with releasesCommitment the reduction of the same amount. */
  async receiveInside(manager: EntityManager, commitmentId: string, draft: ReceiptDraft, releasesCommitment: boolean): Promise<ReceiptEntity> {
    const [commitment] = await this.lockCommitments(manager, [commitmentId]);
    if (!commitment) throw notFound('commitment', commitmentId);
    if (draft.amountCents > commitment.paidCents) {
      throw new CommitmentError('RECEIPTS_EXCEED_PAYMENTS', `the commitment has paid ${commitment.paidCents} cents net; a receipt gives back at most that`, {
        field: 'amount',
        paidCents: commitment.paidCents,
      });
    }
    if (!(await this.repository.paidOnOrBefore(manager, commitmentId, draft.issuedOn))) {
      throw new CommitmentError('RECEIPT_BEFORE_PAYMENT', `nothing of the commitment was paid on or before ${draft.issuedOn}`, { field: 'issuedOn' });
    }
    if (draft.correctedPaymentId) {
      const [corrected] = await this.repository.findPaymentsByIds([draft.correctedPaymentId], manager);
      if (!corrected || corrected.commitmentId !== commitmentId) {
        throw new CommitmentError('CORRECTED_PAYMENT_NOT_OF_COMMITMENT', 'the corrected payment is not a payment of this commitment', { field: 'correctsPaymentId' });
      }
    }
    const receipt = await this.insertReceipt(manager, commitment, draft);
    if (releasesCommitment) {
      const reduction = await this.insertReduction(manager, commitment, {
        amountCents: draft.amountCents,
        reducedOn: draft.issuedOn,
        budgetYear: draft.budgetYear,
        reference: draft.reference,
        federEligible: receipt.federEligible,
        passCount: draft.passCount,
        creditNoteId: null,
        sourceEventId: null,
      });
      receipt.reductionId = reduction.id;
      await this.repository.saveReceipt(manager, receipt);
    }
    return receipt;
  }

  /**
   * A credit note for unused passes: the order's commitment goes down by its amount. What was still
   * unpaid of it is simply released; what had been paid (prepaid face value) comes back as a
   * receipt, charged to the budget year of the credit note, never as a negative payment.
   */
  async creditInside(manager: EntityManager, commitmentId: string, credit: CreditDraft): Promise<{ reduction: CommitmentReductionEntity; receipt: ReceiptEntity | null }> {
    const [commitment] = await this.lockCommitments(manager, [commitmentId]);
    if (!commitment) throw notFound('commitment', commitmentId);
    if (credit.amountCents > commitment.committedCents) {
      throw new CommitmentError('REDUCTION_EXCEEDS_COMMITMENT', `only ${commitment.committedCents} cents remain committed, the credit note is ${credit.amountCents}`, {
        field: 'amount',
        committedCents: commitment.committedCents,
      });
    }
    const receivedCents = Math.max(0, credit.amountCents - (commitment.committedCents - commitment.paidCents));
    const receipt =
      receivedCents === 0
        ? null
        : await this.insertReceipt(manager, commitment, {
            kind: 'CREDIT_NOTE',
            titleNumber: null,
            issuedOn: credit.creditedOn,
            budgetYear: credit.budgetYear,
            amountCents: receivedCents,
            federEligible: null,
            payerOrganisationId: credit.payerOrganisationId,
            payerName: null,
            reference: credit.reference,
            reason: null,
            passCount: credit.passCount,
            creditNoteId: credit.creditNoteId,
            correctedPaymentId: null,
            recoveryId: null,
            sourceEventId: credit.sourceEventId,
          });
    const reduction = await this.insertReduction(manager, commitment, {
      amountCents: credit.amountCents,
      reducedOn: credit.creditedOn,
      budgetYear: credit.budgetYear,
      reference: credit.reference,
      federEligible: receipt?.federEligible ?? null,
      passCount: credit.passCount,
      creditNoteId: credit.creditNoteId,
      sourceEventId: credit.sourceEventId,
    });
    if (receipt) {
      receipt.reductionId = reduction.id;
      await this.repository.saveReceipt(manager, receipt);
    }
    return { reduction, receipt };
  }

  list(programmeId: string, args: PageArgs & { kind?: CommitmentKind | null }) {
    const size = pageSize(args.first);
    const after = decodeKeyset(decodeCursor(args.after));
    return this.repository
      .commitmentsPage(programmeId, { after, limit: size + 1, kind: args.kind ?? null })
      .then(({ rows, totalCount }) => toConnection(rows, size, totalCount, (c) => JSON.stringify([c.committedOn, c.id]), args.after));
  }

  payments(filter: PaymentFilter, args: PageArgs) {
    const size = pageSize(args.first);
    const after = decodeKeyset(decodeCursor(args.after));
    return this.repository
      .paymentsPage(filter, { after, limit: size + 1 })
      .then(({ rows, totalCount }) => toConnection(rows, size, totalCount, (p) => JSON.stringify([p.paidOn, p.id]), args.after));
  }

  receipts(filter: ReceiptFilter, args: PageArgs) {
    const size = pageSize(args.first);
    const after = decodeKeyset(decodeCursor(args.after));
    return this.repository
      .receiptsPage(filter, { after, limit: size + 1 })
      .then(({ rows, totalCount }) => toConnection(rows, size, totalCount, (x) => JSON.stringify([x.issuedOn, x.id]), args.after));
  }

  /**
   * Holds the programme still while a commitment or a payment is written: its settlement model may
   * change only while it has no commitment, and a closed programme takes neither.
   */
  private async holdOpenProgramme(manager: EntityManager, programmeId: string): Promise<void> {
    const programme = await this.repository.holdProgramme(manager, programmeId);
    if (!programme) throw notFound('programme', programmeId);
    if (programme.status === 'CLOSED') throw new CommitmentError('PROGRAMME_CLOSED', 'the programme is closed: nothing more can be committed or paid', { field: 'programmeId' });
  }

  private async insertCommitment(
    manager: EntityManager,
    programmeId: string,
    room: AuthorisationRoom,
    draft: CommitmentDraft,
  ): Promise<CommitmentEntity> {
    if (draft.committedOn < room.decidedOn) {
      throw new CommitmentError('COMMITMENT_BEFORE_DECISION', `the authorisation was decided on ${room.decidedOn}; nothing can be committed before`, {
        field: 'committedOn',
      });
    }
    const remainingCents = room.authorisedCents - room.committedCents;
    if (draft.amountCents > remainingCents) {
      throw new CommitmentError(
        'COMMITMENTS_EXCEED_AUTHORISATION',
        `the authorisation has ${remainingCents} cents left to commit, the commitment is ${draft.amountCents}`,
        { field: 'amount', authorisationId: room.id, remainingCents },
      );
    }
    const commitment = manager.create(CommitmentEntity, { ...draft, id: draft.id ?? newId(), programmeId, authorisationId: room.id, recordedAt: this.clock.now() });
    await this.repository.saveCommitment(manager, commitment);
    return commitment;
  }

  private async lockCommitments(manager: EntityManager, ids: string[]): Promise<Array<CommitmentFigures & { entity: CommitmentEntity }>> {
    if (ids.length === 0) return [];
    const entities = await this.repository.lockCommitmentEntities(manager, ids);
    const figures = await this.repository.figuresOf(ids, manager);
    return entities.map((entity) => {
      const f = figures.get(entity.id);
      return { entity, committedCents: f?.committedCents ?? entity.amountCents, paidCents: f?.paidCents ?? 0 };
    });
  }

  private async insertPayment(manager: EntityManager, commitment: CommitmentFigures & { entity: CommitmentEntity }, draft: PaymentDraft): Promise<PaymentEntity> {
    if (draft.paidOn < commitment.entity.committedOn) {
      throw new CommitmentError('PAYMENT_BEFORE_COMMITMENT', `the commitment dates from ${commitment.entity.committedOn}; it cannot be paid before`, { field: 'paidOn' });
    }
    const remainingCents = commitment.committedCents - commitment.paidCents;
    if (draft.amountCents > remainingCents) {
      throw new CommitmentError('PAYMENTS_EXCEED_COMMITMENT', `the commitment has ${remainingCents} cents left to pay, the payment is ${draft.amountCents}`, {
        field: 'amount',
        commitmentId: commitment.entity.id,
        remainingCents,
      });
    }
    const payment = manager.create(PaymentEntity, {
      ...draft,
      id: draft.id ?? newId(),
      programmeId: commitment.entity.programmeId,
      commitmentId: commitment.entity.id,
      recordedAt: this.clock.now(),
    });
    await this.repository.savePayment(manager, payment);
    commitment.paidCents += draft.amountCents;
    return payment;
  }

  private async insertReduction(manager: EntityManager, commitment: CommitmentFigures & { entity: CommitmentEntity }, draft: ReductionDraft): Promise<CommitmentReductionEntity> {
    if (draft.reducedOn < commitment.entity.committedOn) {
      throw new CommitmentError('REDUCTION_BEFORE_COMMITMENT', `the commitment dates from ${commitment.entity.committedOn}`, { field: 'reducedOn' });
    }
    const reduction = manager.create(CommitmentReductionEntity, {
      id: draft.id ?? newId(),
      programmeId: commitment.entity.programmeId,
      commitmentId: commitment.entity.id,
      amountCents: draft.amountCents,
      reducedOn: draft.reducedOn,
      budgetYear: draft.budgetYear,
      reference: draft.reference,
      federEligible: draft.federEligible ?? (await this.repository.paymentsEligible(manager, commitment.entity.id)),
      passCount: draft.passCount,
      creditNoteId: draft.creditNoteId,
      sourceEventId: draft.sourceEventId,
      recordedAt: this.clock.now(),
    });
    await this.repository.saveReduction(manager, reduction);
    commitment.committedCents -= draft.amountCents;
    return reduction;
  }

  private async insertReceipt(manager: EntityManager, commitment: CommitmentFigures & { entity: CommitmentEntity }, draft: ReceiptDraft): Promise<ReceiptEntity> {
    const receipt = manager.create(ReceiptEntity, {
      ...draft,
      id: draft.id ?? newId(),
      programmeId: commitment.entity.programmeId,
      commitmentId: commitment.entity.id,
      federEligible: draft.federEligible ?? (await this.repository.paymentsEligible(manager, commitment.entity.id)),
      reductionId: null,
      recordedAt: this.clock.now(),
    });
    await this.repository.saveReceipt(manager, receipt);
    commitment.paidCents -= draft.amountCents;
    return receipt;
  }
}

function decodeKeyset(decoded: string | undefined): { date: string; id: string } | undefined {
  if (decoded === undefined) return undefined;
  try {
    const [date, id] = JSON.parse(decoded) as unknown[];
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && typeof id === 'string') return { date, id: parseId(id, 'after') };
  } catch {
    // falls through to the refusal below
  }
  throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this API', { field: 'after' });
}
