// Every statement on programmes, their acts and the history of their figures. The service's rules
// decide what is written; the reads and writes of a transaction take its manager.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ProgrammeClosingEntity, ProgrammeEntity, ProgrammePeriodEntity } from './programme.entity';
import { DeliberationEntity } from './deliberation.entity';
import { AuthorisationReleaseEntity, AuthorisationVersionEntity, CommitmentAuthorisationEntity, PaymentScheduleLineEntity } from './authorisation.entity';

/** An authorisation's figures as a change of it must respect. */
export interface AuthorisationRoom {
  id: string;
  programmeId: string;
  amountCents: number;
  /** Committed against it, net of reductions. */
  committedCents: number;
}

/** What a closing must find settled, and the final accounts it keeps. */
export interface ClosingFigures {
  authorisedCents: number;
  committedCents: number;
  paymentsCents: number;
  receiptsCents: number;
  lastPaidOn: string | null;
  commitmentsToPay: number;
  toPayCents: number;
  pendingStatements: number;
  /** Redemptions recovered after payment and not yet taken back by a paid statement. */
  outstandingRecoveries: number;
  unsettledFacts: number;
}

export class ProgrammeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The programmes of the public list: no organisation's sandbox. */
  list(): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).find({ where: { sandbox: false }, order: { code: 'ASC' } });
  }

  /** Records a sandbox's programme once; a re-announcement changes nothing. */
  async insertSandbox(manager: EntityManager, programme: ProgrammeEntity): Promise<void> {
    await manager.createQueryBuilder().insert().into(ProgrammeEntity).values(programme).orIgnore().execute();
  }

  findByIds(ids: readonly string[]): Promise<ProgrammeEntity[]> {
    return this.dataSource.getRepository(ProgrammeEntity).findBy({ id: In([...ids]) });
  }

  findByCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<ProgrammeEntity | null> {
    return manager.getRepository(ProgrammeEntity).findOneBy({ code });
  }

  deliberationsOf(programmeIds: readonly string[]): Promise<DeliberationEntity[]> {
    return this.dataSource.getRepository(DeliberationEntity).find({ where: { programmeId: In([...programmeIds]) }, order: { decidedOn: 'ASC' } });
  }

  deliberationsByIds(ids: readonly string[]): Promise<DeliberationEntity[]> {
    return this.dataSource.getRepository(DeliberationEntity).findBy({ id: In([...ids]) });
  }

  authorisationsOf(programmeIds: readonly string[]): Promise<CommitmentAuthorisationEntity[]> {
    return this.dataSource.getRepository(CommitmentAuthorisationEntity).find({ where: { programmeId: In([...programmeIds]) }, order: { budgetYear: 'ASC' } });
  }

  authorisationsByIds(ids: readonly string[]): Promise<CommitmentAuthorisationEntity[]> {
    return this.dataSource.getRepository(CommitmentAuthorisationEntity).findBy({ id: In([...ids]) });
  }

  scheduleOf(authorisationIds: readonly string[]): Promise<PaymentScheduleLineEntity[]> {
    return this.dataSource
      .getRepository(PaymentScheduleLineEntity)
      .find({ where: { authorisationId: In([...authorisationIds]) }, order: { budgetYear: 'ASC' } });
  }

  periodsOf(programmeIds: readonly string[]): Promise<ProgrammePeriodEntity[]> {
    return this.dataSource.getRepository(ProgrammePeriodEntity).find({ where: { programmeId: In([...programmeIds]) }, order: { version: 'ASC' } });
  }

  versionsOf(authorisationIds: readonly string[]): Promise<AuthorisationVersionEntity[]> {
    return this.dataSource.getRepository(AuthorisationVersionEntity).find({ where: { authorisationId: In([...authorisationIds]) }, order: { version: 'ASC' } });
  }

  releasesOf(authorisationIds: readonly string[]): Promise<AuthorisationReleaseEntity[]> {
    return this.dataSource.getRepository(AuthorisationReleaseEntity).findBy({ authorisationId: In([...authorisationIds]) });
  }

  closingsOf(programmeIds: readonly string[]): Promise<ProgrammeClosingEntity[]> {
    return this.dataSource.getRepository(ProgrammeClosingEntity).findBy({ programmeId: In([...programmeIds]) });
  }

  /** The programme row, locked FOR UPDATE: amendments and the closing of one programme are serialised, and commitments wait for them. */
  lockProgramme(manager: EntityManager, programmeId: string): Promise<ProgrammeEntity | null> {
    return manager.getRepository(ProgrammeEntity).findOne({ where: { id: programmeId }, lock: { mode: 'pessimistic_write' } });
  }

  async commitmentCount(manager: EntityManager, programmeId: string): Promise<number> {
    const [row]: Array<{ count: number }> = await manager.query(`SELECT count(*)::int AS count FROM commitment WHERE programme_id = $1`, [programmeId]);
    return row.count;
  }

  /** The day of the programme's latest deliberation: a later one may not predate it. */
  async latestDecision(manager: EntityManager, programmeId: string): Promise<string | null> {
    const [row]: Array<{ decided_on: string | null }> = await manager.query(`SELECT max(decided_on)::text AS decided_on FROM deliberation WHERE programme_id = $1`, [programmeId]);
    return row?.decided_on ?? null;
  }

  /** The programme's authorisations locked FOR UPDATE in the order commitments lock them, with what is committed against each. */
  async lockAuthorisations(manager: EntityManager, programmeId: string): Promise<AuthorisationRoom[]> {
    await manager.query(`SELECT id FROM commitment_authorisation WHERE programme_id = $1 ORDER BY budget_year, id FOR UPDATE`, [programmeId]);
    const rows: Array<{ id: string; programme_id: string; amount: string; committed: string }> = await manager.query(
      `SELECT a.id, a.programme_id, a.amount_cents::text AS amount,
              ((SELECT COALESCE(sum(c.amount_cents), 0) FROM commitment c WHERE c.authorisation_id = a.id)
             - (SELECT COALESCE(sum(r.amount_cents), 0) FROM commitment_reduction r JOIN commitment c ON c.id = r.commitment_id WHERE c.authorisation_id = a.id))::text AS committed
         FROM commitment_authorisation a WHERE a.programme_id = $1 ORDER BY a.budget_year, a.id`,
      [programmeId],
    );
    return rows.map((r) => ({ id: r.id, programmeId: r.programme_id, amountCents: Number(r.amount), committedCents: Number(r.committed) }));
  }

  /** Replaces the schedule in force of an authorisation (its history is in authorisation_version). */
  async replaceSchedule(manager: EntityManager, authorisationId: string, schedule: ReadonlyArray<{ budgetYear: number; amountCents: number }>): Promise<void> {
    await manager.query(`DELETE FROM payment_schedule_line WHERE authorisation_id = $1`, [authorisationId]);
    if (schedule.length > 0) {
      await manager.save(schedule.map((line) => manager.create(PaymentScheduleLineEntity, { authorisationId, ...line })));
    }
  }

  async nextAuthorisationVersion(manager: EntityManager, authorisationId: string): Promise<number> {
    const [{ next }] = await manager.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM authorisation_version WHERE authorisation_id = $1`, [authorisationId]);
    return Number(next);
  }

  async nextPeriodVersion(manager: EntityManager, programmeId: string): Promise<number> {
    const [{ next }] = await manager.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM programme_period WHERE programme_id = $1`, [programmeId]);
    return Number(next);
  }

  async hasFundingPlan(manager: EntityManager, programmeId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM co_funder WHERE programme_id = $1 LIMIT 1`, [programmeId]);
    return rows.length > 0;
  }

  /** Everything a closing checks and keeps, read inside its transaction. */
  async closingFigures(manager: EntityManager, programmeId: string): Promise<ClosingFigures> {
    const [row] = await manager.query(
      `SELECT (SELECT COALESCE(sum(amount_cents), 0) FROM commitment_authorisation WHERE programme_id = $1)::text AS authorised,
              ((SELECT COALESCE(sum(amount_cents), 0) FROM commitment WHERE programme_id = $1)
             - (SELECT COALESCE(sum(amount_cents), 0) FROM commitment_reduction WHERE programme_id = $1))::text AS committed,
              (SELECT COALESCE(sum(amount_cents), 0) FROM payment WHERE programme_id = $1)::text AS payments,
              (SELECT COALESCE(sum(amount_cents), 0) FROM receipt WHERE programme_id = $1)::text AS receipts,
              (SELECT max(paid_on)::text FROM payment WHERE programme_id = $1) AS last_paid_on,
              (SELECT count(*)::int FROM passes_statement WHERE programme_id = $1 AND paid_on IS NULL) AS pending_statements,
              (SELECT count(*)::int FROM passes_recovery WHERE programme_id = $1 AND taken_back_on IS NULL) AS outstanding_recoveries,
              (SELECT count(*)::int FROM passes_fact WHERE programme_id = $1 AND status IN ('PENDING', 'REFUSED')) AS unsettled_facts`,
      [programmeId],
    );
    const [toPay] = await manager.query(
      `SELECT count(*)::int AS commitments, COALESCE(sum(to_pay), 0)::text AS cents FROM (
         SELECT c.amount_cents
              - COALESCE((SELECT sum(r.amount_cents) FROM commitment_reduction r WHERE r.commitment_id = c.id), 0)
              - COALESCE((SELECT sum(p.amount_cents) FROM payment p WHERE p.commitment_id = c.id), 0)
              + COALESCE((SELECT sum(x.amount_cents) FROM receipt x WHERE x.commitment_id = c.id), 0) AS to_pay
           FROM commitment c WHERE c.programme_id = $1
       ) t WHERE to_pay > 0`,
      [programmeId],
    );
    return {
      authorisedCents: Number(row.authorised),
      committedCents: Number(row.committed),
      paymentsCents: Number(row.payments),
      receiptsCents: Number(row.receipts),
      lastPaidOn: row.last_paid_on,
      commitmentsToPay: toPay.commitments,
      toPayCents: Number(toPay.cents),
      pendingStatements: row.pending_statements,
      outstandingRecoveries: row.outstanding_recoveries,
      unsettledFacts: row.unsettled_facts,
    };
  }

  /** Saves as a one-row batch, as a new programme is first written. */
  async insertProgramme(manager: EntityManager, programme: ProgrammeEntity): Promise<void> {
    await manager.save([programme]);
  }

  async saveProgramme(manager: EntityManager, programme: ProgrammeEntity): Promise<void> {
    await manager.save(programme);
  }

  async insertDeliberation(manager: EntityManager, deliberation: DeliberationEntity): Promise<void> {
    await manager.save([deliberation]);
  }

  async insertAuthorisation(manager: EntityManager, authorisation: CommitmentAuthorisationEntity, schedule: PaymentScheduleLineEntity[]): Promise<void> {
    await manager.save([authorisation]);
    await manager.save(schedule);
  }

  async setAuthorisationAmount(manager: EntityManager, authorisationId: string, amountCents: number): Promise<void> {
    await manager.update(CommitmentAuthorisationEntity, { id: authorisationId }, { amountCents });
  }

  async saveAuthorisationVersion(manager: EntityManager, version: AuthorisationVersionEntity): Promise<void> {
    await manager.save(version);
  }

  async savePeriod(manager: EntityManager, period: ProgrammePeriodEntity): Promise<void> {
    await manager.save(period);
  }

  async saveRelease(manager: EntityManager, release: AuthorisationReleaseEntity): Promise<void> {
    await manager.save(release);
  }

  async saveClosing(manager: EntityManager, closing: ProgrammeClosingEntity): Promise<void> {
    await manager.save(closing);
  }
}
