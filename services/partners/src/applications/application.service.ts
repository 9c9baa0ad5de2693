// Applications with their documents: what each programme asks of applicants (set by its
// managers), the check that an application gives it all (APPLICATION_INCOMPLETE otherwise,
// before anything is written), and the list of a programme's applications for its staff. The
// steps themselves (apply, ask for changes, refuse, qualify) are the qualification workflow's.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, parseId, type Clock } from '@pass-numerique/kernel';
import { decodeCursor, pageSize, toConnection, type PageArgs, type Reach } from '@pass-numerique/service-kit';
import type { DocumentEntity, DocumentKind } from '../documents/document.entity';
import type { DocumentService } from '../documents/document.service';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import type { PlaceEntity, PlaceQualificationEntity, QualificationStatus } from '../places/place.entity';
import { mayActInProgramme } from '../tenancy';
import { ApplicationDocumentEntity, ApplicationRequirementEntity } from './application.entity';
import type { ApplicationRepository } from './application.repository';
import { checkRequiredKinds, DEFAULT_REQUIRED_KINDS, missingKinds, requiredKindsFor } from './application.rules';

export class ApplicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationRepository,
    private readonly documents: DocumentService,
    private readonly organisations: OrganisationRepository,
    private readonly clock: Clock,
  ) {}

  async setRequirements(rawProgrammeId: string, rawKinds: readonly string[], reach: Reach): Promise<DocumentKind[]> {
    const programmeId = parseId(rawProgrammeId, 'programmeId');
    if (!mayActInProgramme(reach, programmeId)) throw new DomainError('NOT_FOUND', `programme ${programmeId} does not exist`, { field: 'programmeId' });
    const kinds = checkRequiredKinds(rawKinds);
    await this.dataSource.transaction((manager) =>
      this.applications.saveRequirement(manager, manager.create(ApplicationRequirementEntity, { programmeId, kinds, updatedAt: this.clock.now(), updatedBy: reach.identity.subject })),
    );
    return kinds;
  }

  /** The kinds the programme asks for; of one organisation when named. */
  async requirements(rawProgrammeId: string, rawOrganisationId?: string | null, manager?: EntityManager): Promise<DocumentKind[]> {
    const programmeId = parseId(rawProgrammeId, 'programmeId');
    const programmeKinds = (await this.applications.findRequirement(programmeId, manager))?.kinds ?? DEFAULT_REQUIRED_KINDS;
    if (!rawOrganisationId) return requiredKindsFor(programmeKinds);
    const organisationId = parseId(rawOrganisationId, 'organisationId');
    const organisation = await this.organisations.findById(organisationId, manager);
    if (!organisation) throw new DomainError('NOT_FOUND', `organisation ${organisationId} does not exist`, { field: 'organisationId' });
    return requiredKindsFor(programmeKinds, organisation.legalKind);
  }

  /**
   * Inside the application's transaction, before anything is written: the documents given are the
   * organisation's, uploaded, and cover every kind asked of it; they are recorded as this
   * application's. APPLICATION_INCOMPLETE names the kinds missing.
   */
  async attachDocuments(manager: EntityManager, place: PlaceEntity, programmeId: string, rawDocumentIds: readonly string[], now: Date): Promise<DocumentEntity[]> {
    const given: DocumentEntity[] = [];
    for (const [index, documentId] of [...new Set(rawDocumentIds)].entries()) {
      // Any kind is welcome beside those asked for; what matters is that it is the organisation's and uploaded.
      given.push(await this.documents.requireDocument(manager, place.organisationId, documentId, null, `documentIds.${index}`));
    }
    const missing = missingKinds(await this.requirements(programmeId, place.organisationId, manager), given);
    if (missing.length > 0) {
      throw new DomainError('APPLICATION_INCOMPLETE', `the application lacks: ${missing.join(', ')}`, { field: 'documentIds', missingKinds: missing });
    }
    await this.applications.insertDocuments(
      manager,
      given.map((document) => manager.create(ApplicationDocumentEntity, { placeId: place.id, programmeId, submittedAt: now, documentId: document.id })),
    );
    return given;
  }

  /** A programme's applications, for its staff; a programme out of reach has none. */
  async list(args: PageArgs & { programmeId: string; status?: QualificationStatus | null }, reach: Reach) {
    const programmeId = parseId(args.programmeId, 'programmeId');
    const size = pageSize(args.first);
    if (!mayActInProgramme(reach, programmeId)) return toConnection<PlaceQualificationEntity>([], size, 0, (q) => q.placeId, args.after);
    const cursor = decodeCursor(args.after);
    const { rows, totalCount } = await this.applications.page({
      programmeId,
      status: args.status,
      afterPlaceId: cursor === undefined ? undefined : parseId(cursor, 'after'),
      limit: size + 1,
    });
    return toConnection(rows, size, totalCount, (q) => q.placeId, args.after);
  }
}
