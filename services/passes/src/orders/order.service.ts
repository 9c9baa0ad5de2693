// Orders: placing one issues its booklets and passes in the same transaction as the order row,
// its funnel counts and its event; delivery and activation move it forward; the print file is
// handed out once. A closed programme takes no order or activation any more, and an order inside
// a zone with a pass quota stays within it. The rules on their own are in order.rules.ts.
import type { DataSource, EntityManager } from 'typeorm';
import { applyRate, cents, DomainError, multiplyCents, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { OrderActivatedV1, OrderPlacedV1, TARGET_PUBLICS } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import { neutraliseCsvCell, type Logger, type Reach } from '@pass-numerique/service-kit';
import { PassOrderEntity } from './order.entity';
import { OrderError } from './order.errors';
import type { OrderRepository } from './order.repository';
import type { ProgrammeRepository } from '../programmes/programme.repository';
import { issueBookletsAndPasses, PASS_SERIAL_ALIGNMENT, reserveSerials } from './pass-generation';
import { formatPassNumber, numberOfSerial, qrPayloadOf, verificationCode } from './pass-numbers';
import { applyFunnelChanges, territoryChanges, type FunnelChange } from '../funnel/funnel-writer';
import type { TerritoryRef } from '../territories/territory-rules';
import { assertTerritoryKnown, isWithin } from '../territories/perimeters';
import type { FunnelStage } from '../funnel/funnel.repository';
import { mayActInProgramme, mayActOnOrder } from '../tenancy';
import { assertProgrammeOpen } from '../programmes/programme-life';
import { assertActivatable, assertDeliverable, assertProgrammeRunning, assertValidFromWithinProgramme, checkOrderTerms, checkPaymentOrderNumber, type OrderTerms } from './order.rules';
import type { ZoneQuotas } from '../territories/zone-quota';

export interface PlaceOrderCommand extends OrderTerms {
  /** Fixed ids are accepted for the demo data. */
  id?: string;
  programmeId: string;
  operatorOrganisationId?: string | null;
  perimeter?: TerritoryRef | null;
}

export interface PrintFile {
  orderId: string;
  passCount: number;
  exportedAt: Date;
  /** CSV: booklet_number,pass_number,verification_code,qr_payload — one line per pass. */
  csv: string;
}

export class OrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrderRepository,
    private readonly programmes: ProgrammeRepository,
    private readonly clock: Clock,
    private readonly passCodeKey: Buffer,
    private readonly quotas: ZoneQuotas,
    private readonly logger: Logger,
  ) {}

  /** Places an order for a programme the caller manages; another programme is one passes does not know. */
  async placeOrder(command: PlaceOrderCommand, reach: Reach): Promise<PassOrderEntity> {
    const programmeId = parseId(command.programmeId, 'programmeId');
    // Asked first, so that the audit entry of a refused order names the programme it was for.
    const reachable = mayActInProgramme(reach, programmeId);
    if (command.operatorOrganisationId) parseId(command.operatorOrganisationId, 'operatorOrganisationId');
    const { faceValue, passCount } = checkOrderTerms(command);
    const faceValueTotal = multiplyCents(faceValue, passCount);
    const fee = applyRate(faceValueTotal, command.feeRateBasisPoints);

    return this.dataSource.transaction(async (manager) => {
      const programme = await this.programmes.findForChange(programmeId, manager);
      if (!programme || !reachable) throw new OrderError('PROGRAMME_UNKNOWN', 'passes has not learnt of this programme (yet)', { field: 'programmeId' });
      const now = this.clock.now();
      assertProgrammeOpen(programme, 'programmeId');
      assertProgrammeRunning(programme, now);
      const programmePerimeter = { level: programme.perimeterLevel, code: programme.perimeterCode };
      const perimeter = command.perimeter ?? programmePerimeter;
      if (command.perimeter) await assertTerritoryKnown(manager, command.perimeter, 'perimeter');
      if (!(await isWithin(manager, perimeter, programmePerimeter))) {
        throw new OrderError('OUTSIDE_PROGRAMME_PERIMETER', `${perimeter.level} ${perimeter.code} is not within the programme's perimeter`, { field: 'perimeter' });
      }
      assertValidFromWithinProgramme(command.validFrom, programme);
      await this.quotas.assertOrderFits(manager, programmeId, perimeter, passCount, 'bookletCount');
      const firstPassSerial = await reserveSerials(manager, 'pass', passCount, PASS_SERIAL_ALIGNMENT);
      const firstBookletSerial = await reserveSerials(manager, 'booklet', command.bookletCount);
      const order = manager.create(PassOrderEntity, {
        id: command.id ?? newId(),
        programmeId,
        buyerOrganisationId: programme.ownerOrganisationId,
        operatorOrganisationId: command.operatorOrganisationId ?? null,
        bookletCount: command.bookletCount,
        bookletSize: command.bookletSize as 5 | 10,
        passCount,
        passFaceValueCents: faceValue,
        feeRateBasisPoints: command.feeRateBasisPoints,
        feeCents: fee,
        perimeterLevel: perimeter.level,
        perimeterCode: perimeter.code,
        validFrom: command.validFrom ?? null,
        validUntil: command.validUntil ?? null,
        targetPublics: [...new Set(command.targetPublics)],
        status: 'PLACED',
        placedAt: now,
        placedBy: reach.identity.subject,
        deliveredAt: null,
        activatedAt: null,
        paymentOrderNumber: null,
        firstPassSerial,
        firstBookletSerial,
      });
      await this.orders.insert(manager, order);
      await issueBookletsAndPasses(manager, { orderId: order.id, programmeId, bookletCount: order.bookletCount, bookletSize: order.bookletSize, firstPassSerial, firstBookletSerial });
      await applyFunnelChanges(manager, programmeId, this.orderChanges(order, 'ordered'));
      await recordEvent(
        manager,
        OrderPlacedV1,
        {
          orderId: order.id,
          programmeId,
          buyerOrganisationId: order.buyerOrganisationId,
          operatorOrganisationId: order.operatorOrganisationId,
          bookletCount: order.bookletCount,
          bookletSize: order.bookletSize,
          passCount,
          passFaceValueCents: faceValue,
          faceValueTotalCents: faceValueTotal,
          feeRateBasisPoints: order.feeRateBasisPoints,
          feeCents: fee,
          perimeter: { level: perimeter.level as 'REGION', code: perimeter.code },
          validFrom: order.validFrom,
          validUntil: order.validUntil,
          targetPublics: order.targetPublics as Array<(typeof TARGET_PUBLICS)[number]>,
          placedAt: now.toISOString(),
        },
        now,
      );
      this.logger.info('order placed', { orderId: order.id, programmeId, passCount });
      return order;
    });
  }

  async markDelivered(orderId: string, reach: Reach): Promise<PassOrderEntity> {
    const id = parseId(orderId, 'orderId');
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lockedOrder(manager, id, reach);
      assertDeliverable(order);
      order.status = 'DELIVERED';
      order.deliveredAt = this.clock.now();
      await this.orders.markDelivered(manager, id, order.deliveredAt);
      return order;
    });
  }

  /** The buyer's payment-order number activates the order: its passes become usable once handed out. */
  async activate(orderId: string, paymentOrderNumber: string, reach: Reach): Promise<PassOrderEntity> {
    const id = parseId(orderId, 'orderId');
    const number = checkPaymentOrderNumber(paymentOrderNumber);
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lockedOrder(manager, id, reach);
      assertProgrammeOpen(await this.programmes.getForChange(order.programmeId, manager), 'orderId');
      assertActivatable(order);
      const now = this.clock.now();
      order.status = 'ACTIVATED';
      order.activatedAt = now;
      order.paymentOrderNumber = number;
      await this.orders.markActivated(manager, id, now, number);
      await applyFunnelChanges(manager, order.programmeId, this.orderChanges(order, 'activated'));
      await recordEvent(
        manager,
        OrderActivatedV1,
        {
          orderId: id,
          programmeId: order.programmeId,
          paymentOrderNumber: number,
          passCount: order.passCount,
          faceValueTotalCents: cents(order.passCount * order.passFaceValueCents),
          feeCents: order.feeCents,
          activatedAt: now.toISOString(),
        },
        now,
      );
      return order;
    });
  }

  /**
   * The print file: every pass number with its verification code. Codes are computed from the
   * key, never stored; the file is handed out once per order, and the export row is the log.
   */
  async exportPrintFile(orderId: string, reach: Reach): Promise<PrintFile> {
    const id = parseId(orderId, 'orderId');
    const exportedBy = reach.identity.subject;
    return this.dataSource.transaction(async (manager) => {
      // Checked before the export is logged: another programme's order keeps its one export.
      const order = await this.lockedOrder(manager, id, reach);
      const now = this.clock.now();
      if (!(await this.orders.logPrintFileExport(manager, id, now, exportedBy, order.passCount))) {
        throw new OrderError('PRINT_FILE_ALREADY_EXPORTED', 'the print file of this order has already been exported', { field: 'orderId' });
      }
      const lines = ['booklet_number,pass_number,verification_code,qr_payload'];
      for (let b = 0; b < order.bookletCount; b++) {
        const bookletNumber = numberOfSerial(order.firstBookletSerial + b);
        for (let p = 0; p < order.bookletSize; p++) {
          const passNumber = formatPassNumber(numberOfSerial(order.firstPassSerial + b * order.bookletSize + p));
          const code = verificationCode(this.passCodeKey, passNumber);
          // Numbers are digits; the cells holding letters go through the platform's CSV neutralisation.
          lines.push(`${bookletNumber},${passNumber},${neutraliseCsvCell(code)},${neutraliseCsvCell(qrPayloadOf(passNumber, code))}`);
        }
      }
      this.logger.info('print file exported', { orderId: id, passCount: order.passCount, exportedBy });
      return { orderId: id, passCount: order.passCount, exportedAt: now, csv: `${lines.join('\n')}\n` };
    });
  }

  /** The order, locked for a change; another programme's answers as a missing one, and is left unlocked. */
  private async lockedOrder(manager: EntityManager, id: string, reach: Reach): Promise<PassOrderEntity> {
    const found = await this.orders.findById(id, manager);
    if (!found || !mayActOnOrder(reach, found)) throw new DomainError('NOT_FOUND', 'no such order', { field: 'orderId' });
    return this.orders.lockById(id, manager);
  }

  /** Ordered and activated passes count for the programme, the order's perimeter (and above), and its target publics. */
  private orderChanges(order: PassOrderEntity, stage: FunnelStage): FunnelChange[] {
    return [
      { dimension: 'PROGRAMME', key: '', stage, delta: order.passCount },
      ...territoryChanges({ level: order.perimeterLevel, code: order.perimeterCode }, stage, order.passCount),
      ...order.targetPublics.map((p) => ({ dimension: 'PUBLIC' as const, key: p, stage, delta: order.passCount })),
    ];
  }
}
