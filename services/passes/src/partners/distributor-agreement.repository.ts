// Queries only: the distributor agreements partners announced, which say who may receive booklets
// of a programme and where. Every method runs in the transaction it is given.
import type { EntityManager } from 'typeorm';
import { DistributorAgreementEntity } from './place.entity';

export interface SignedAgreement {
  agreementId: string;
  programmeId: string;
  organisationId: string;
  scope?: { level: string; code: string } | null;
  startsOn: string;
  endsOn: string | null;
}

export class DistributorAgreementRepository {
  /** Keeps an agreement as first announced (a replay changes nothing). */
  async record(manager: EntityManager, agreement: SignedAgreement): Promise<void> {
    await manager.query(
      `INSERT INTO distributor_agreement (agreement_id, programme_id, organisation_id, scope_level, scope_code, starts_on, ends_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (agreement_id) DO NOTHING`,
      [agreement.agreementId, agreement.programmeId, agreement.organisationId, agreement.scope?.level ?? null, agreement.scope?.code ?? null, agreement.startsOn, agreement.endsOn],
    );
  }

  /** An organisation's agreements for a programme, the latest start first. */
  ofDistributor(manager: EntityManager, organisationId: string, programmeId: string): Promise<DistributorAgreementEntity[]> {
    return manager.getRepository(DistributorAgreementEntity).find({ where: { organisationId, programmeId }, order: { startsOn: 'DESC' } });
  }

  byId(manager: EntityManager, agreementId: string): Promise<DistributorAgreementEntity> {
    return manager.getRepository(DistributorAgreementEntity).findOneByOrFail({ agreementId });
  }
}
