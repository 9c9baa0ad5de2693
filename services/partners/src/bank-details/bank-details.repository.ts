// Every statement on bank details: their versions, the requests that change them and what each
// statement was approved for payment on. The reads and writes of a transaction take its manager.
import { In, type DataSource, type EntityManager } from 'typeorm';
import { BankDetailsChangeRequestEntity, BankDetailsVersionEntity, StatementPayeeEntity } from './bank-details.entity';

/** Statuses of a place's application under which a programme's finance officers decide on its bank details (it may be paid there). */
const PAYING_STATUSES = ['APPLIED', 'QUALIFIED', 'SUSPENDED'];

export class BankDetailsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findRequestById(manager: EntityManager, id: string): Promise<BankDetailsChangeRequestEntity | null> {
    return manager.getRepository(BankDetailsChangeRequestEntity).findOneBy({ id });
  }

  /** Locks the request for the rest of the transaction: of two decisions at once, the second sees the first's. */
  lockRequest(manager: EntityManager, id: string): Promise<BankDetailsChangeRequestEntity | null> {
    return manager.getRepository(BankDetailsChangeRequestEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  findPendingRequest(manager: EntityManager, placeId: string): Promise<BankDetailsChangeRequestEntity | null> {
    return manager.getRepository(BankDetailsChangeRequestEntity).findOneBy({ placeId, status: 'PENDING' });
  }

  async saveRequest(manager: EntityManager, request: BankDetailsChangeRequestEntity): Promise<void> {
    await manager.save(request);
  }

  /** The places' requests, newest first. */
  requestsOf(placeIds: readonly string[]): Promise<BankDetailsChangeRequestEntity[]> {
    return this.dataSource.getRepository(BankDetailsChangeRequestEntity).find({ where: { placeId: In([...placeIds]) }, order: { requestedAt: 'DESC', id: 'DESC' } });
  }

  /** Pending requests of the places that applied to the programme (and were not revoked there), oldest first. */
  pendingForProgramme(programmeId: string): Promise<BankDetailsChangeRequestEntity[]> {
    return this.dataSource
      .getRepository(BankDetailsChangeRequestEntity)
      .createQueryBuilder('r')
      .where(`r.status = 'PENDING'`)
      .andWhere(`EXISTS (SELECT 1 FROM place_qualification q WHERE q.place_id = r.place_id AND q.programme_id = :programmeId AND q.status = ANY(:statuses))`, {
        programmeId,
        statuses: PAYING_STATUSES,
      })
      .orderBy('r.requested_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /** The programmes in which the place may be paid, whose finance officers decide on its bank details. */
  async payingProgrammesOf(manager: EntityManager, placeId: string): Promise<string[]> {
    const rows: Array<{ programme_id: string }> = await manager.query(
      `SELECT programme_id FROM place_qualification WHERE place_id = $1 AND status = ANY($2) ORDER BY applied_at, programme_id`,
      [placeId, PAYING_STATUSES],
    );
    return rows.map((r) => r.programme_id);
  }

  /** When the place first applied to a programme (when it first gave bank details), if it ever did. */
  async firstApplicationAt(manager: EntityManager, placeId: string): Promise<Date | null> {
    const [row] = await manager.query(`SELECT min(applied_at) AS at FROM place_qualification WHERE place_id = $1`, [placeId]);
    return row?.at ? new Date(row.at) : null;
  }

  findVersionInForce(manager: EntityManager, placeId: string): Promise<BankDetailsVersionEntity | null> {
    return manager.getRepository(BankDetailsVersionEntity).createQueryBuilder('v').where('v.place_id = :placeId AND v.valid_to IS NULL', { placeId }).getOne();
  }

  /** The version in force at that instant; before the first one, the first one (the details given on application). */
  async findVersionAt(manager: EntityManager, placeId: string, at: Date): Promise<BankDetailsVersionEntity | null> {
    const versions = manager.getRepository(BankDetailsVersionEntity);
    const inForce = await versions
      .createQueryBuilder('v')
      .where('v.place_id = :placeId AND v.valid_from <= :at AND (v.valid_to IS NULL OR v.valid_to > :at)', { placeId, at })
      .getOne();
    return inForce ?? versions.findOne({ where: { placeId }, order: { validFrom: 'ASC', id: 'ASC' } });
  }

  async saveVersion(manager: EntityManager, version: BankDetailsVersionEntity): Promise<void> {
    await manager.save(version);
  }

  /** The places' versions, newest first. */
  versionsOf(placeIds: readonly string[]): Promise<BankDetailsVersionEntity[]> {
    return this.dataSource.getRepository(BankDetailsVersionEntity).find({ where: { placeId: In([...placeIds]) }, order: { validFrom: 'DESC', id: 'DESC' } });
  }

  versionsByIds(ids: readonly string[]): Promise<BankDetailsVersionEntity[]> {
    return this.dataSource.getRepository(BankDetailsVersionEntity).findBy({ id: In([...ids]) });
  }

  /** Written once per statement: a redelivered approval, or a later one, leaves the first record as it is. */
  async recordStatementPayee(manager: EntityManager, payee: StatementPayeeEntity): Promise<void> {
    await manager.createQueryBuilder().insert().into(StatementPayeeEntity).values(payee).orIgnore().execute();
  }

  payeesOf(statementIds: readonly string[]): Promise<StatementPayeeEntity[]> {
    return this.dataSource.getRepository(StatementPayeeEntity).findBy({ statementId: In([...statementIds]) });
  }
}
