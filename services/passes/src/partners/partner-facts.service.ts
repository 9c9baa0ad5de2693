// What passes learns from partners: the places and whether each may take a programme's passes,
// and the distributors' agreements (who may receive booklets of a programme, and where). Written
// through the consumer's transaction.
import type { EntityManager } from 'typeorm';
import { DistributorAgreementRepository, type SignedAgreement } from './distributor-agreement.repository';
import { PlaceFactsRepository, type PlaceFacts } from './place-facts.repository';
import type { PlaceStatus } from './place.entity';

export class PartnerFactsService {
  private readonly places = new PlaceFactsRepository();
  private readonly agreements = new DistributorAgreementRepository();

  placeUpdated(manager: EntityManager, place: PlaceFacts): Promise<void> {
    return this.places.recordPlace(manager, place);
  }

  qualificationChanged(manager: EntityManager, qualification: PlaceFacts & { programmeId: string }, status: PlaceStatus): Promise<void> {
    return this.places.recordQualification(manager, qualification, status);
  }

  /** Only a distributor's agreement concerns passes; the other roles are partners' and funding's. */
  async agreementSigned(manager: EntityManager, agreement: SignedAgreement & { role: string }): Promise<void> {
    if (agreement.role !== 'DISTRIBUTOR') return;
    await this.agreements.record(manager, agreement);
  }
}
