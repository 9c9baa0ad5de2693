// An organisation's sandbox: a programme of its own, opened by its own people, in which its places
// are qualified and it is a distributor, so that its software can check, redeem and hand out test
// passes through the same API as real ones. Passes issues the test passes when it learns of the
// sandbox (partners.sandbox.opened.v1); every service that hears of the programme knows from that
// event that it is a sandbox and keeps its activity out of every figure, statement and payment.
import type { DataSource } from 'typeorm';
import { DomainError, isoDate, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { SandboxOpenedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import { PlaceQualificationEntity, QualificationStepEntity } from '../places/place.entity';
import { isPartnerSoftware, mayManageIntegrationsOf } from '../tenancy';
import { SandboxEntity } from './sandbox.entity';
import type { SandboxRepository } from './sandbox.repository';

/** A sandbox lasts long enough never to be in the way; its test passes are valid as long. */
const SANDBOX_YEARS = 10;
const NAME_PREFIX = 'Bac à sable — ';
const MAX_NAME = 300;

export class SandboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SandboxRepository,
    private readonly clock: Clock,
  ) {}

  /** The organisation's sandbox, opened on the first request; asking again answers the same one. */
  async createSandbox(rawOrganisationId: string, reach: Reach): Promise<SandboxEntity> {
    if (isPartnerSoftware(reach)) throw new DomainError('FORBIDDEN', 'partner software may not open a sandbox');
    const organisationId = parseId(rawOrganisationId, 'organisationId');
    return this.dataSource.transaction(async (manager) => {
      const organisation = mayManageIntegrationsOf(reach, organisationId) ? await this.repository.lockOrganisation(manager, organisationId) : null;
      // Another organisation is, for the caller, one that does not exist.
      if (!organisation) throw new DomainError('NOT_FOUND', `organisation ${organisationId} does not exist`, { field: 'organisationId' });
      const existing = await this.repository.findByOrganisation(organisationId, manager);
      if (existing) return existing;

      const now = this.clock.now();
      const sandbox = manager.create(SandboxEntity, {
        organisationId,
        programmeId: newId(),
        name: `${NAME_PREFIX}${organisation.name}`.slice(0, MAX_NAME),
        createdAt: now,
        createdBy: reach.identity.subject,
      });
      await this.repository.insertSandbox(manager, sandbox);
      // Qualified here without the events of a programme's decision: those tell webhooks and
      // passes of real programmes; passes learns the sandbox's places from its own event.
      const places = await this.repository.placesOf(manager, organisationId);
      for (const place of places) {
        await this.repository.qualify(
          manager,
          manager.create(PlaceQualificationEntity, { placeId: place.id, programmeId: sandbox.programmeId, status: 'QUALIFIED', appliedAt: now, updatedAt: now }),
          manager.create(QualificationStepEntity, {
            id: newId(),
            placeId: place.id,
            programmeId: sandbox.programmeId,
            action: 'QUALIFY',
            fromStatus: null,
            toStatus: 'QUALIFIED',
            at: now,
            by: reach.identity.subject,
            reason: null,
          }),
        );
      }
      const endsOn = new Date(now);
      endsOn.setUTCFullYear(endsOn.getUTCFullYear() + SANDBOX_YEARS);
      await recordEvent(
        manager,
        SandboxOpenedV1,
        {
          programmeId: sandbox.programmeId,
          organisationId,
          organisationInseeCode: organisation.inseeCode,
          name: sandbox.name,
          startsOn: isoDate(now),
          endsOn: isoDate(endsOn),
          places: places.map((p) => ({ placeId: p.id, name: p.name, inseeCode: p.inseeCode, cashesThroughRegie: p.cashesThroughRegie })),
          at: now.toISOString(),
        },
        now,
      );
      return sandbox;
    });
  }
}
