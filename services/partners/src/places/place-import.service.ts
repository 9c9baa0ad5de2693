// Imports places from a CSV file in the national standard. Every row is checked whole and
// reported (accepted or rejected, with every reason); each accepted row is written in its own
// transaction, so a bad row never half-writes a place and never stops the other rows.
//
// Natural key: (organisation, external id). The organisation is the one the row's `pivot` names
// (its SIRET, RNA number or SIREN), or the one the import is made for; the external id is the
// row's `id`, the producer's identifier of the place. A row whose `id` is one of our own place
// ids (a re-import of our export) matches that place. Re-importing a file updates, never duplicates.
import type { DataSource } from 'typeorm';
import { DomainError, isDomainError, isUuid, newId, parseId } from '@pass-numerique/kernel';
import type { Logger, Reach } from '@pass-numerique/service-kit';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import { mayDescribePlacesOf } from '../tenancy';
import type { PlaceEntity } from './place.entity';
import { checkPlaceDescription, type PlaceDescription } from './place.rules';
import type { PlaceRepository } from './place.repository';
import { PlaceService } from './place.service';
import { columnOfField, descriptionFromRow, parseStandardCsv, type ParsedRow } from './standard-csv';

export type ImportRowStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';

export interface ImportIssue {
  /** The file's column at fault ("*" for the whole row). */
  column: string;
  /** The API field it feeds, as in registerPlace's errors. */
  field: string;
  /** A code of the API (INVALID_CODE, INVALID_OPENING_HOURS, …) or of the import (UNKNOWN_ORGANISATION, DUPLICATE_ROW, MALFORMED_ROW). */
  code: string;
  message: string;
}

export interface ImportRowResult {
  line: number;
  externalId: string | null;
  status: ImportRowStatus;
  placeId: string | null;
  issues: ImportIssue[];
}

export interface ImportReport {
  dryRun: boolean;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rows: ImportRowResult[];
}

export interface ImportOptions {
  /** Every row belongs to this organisation, whatever its pivot. */
  organisationId?: string | null;
  /** Check and report without writing. */
  dryRun?: boolean | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNIQUE_VIOLATION = '23505';

export class PlaceImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: PlaceRepository,
    private readonly placeService: PlaceService,
    private readonly organisations: OrganisationRepository,
    private readonly logger: Logger,
  ) {}

  async importCsv(csv: string, options: ImportOptions, reach: Reach): Promise<ImportReport> {
    // The organisation named first: another organisation's answers as a missing one, whatever the file.
    const named = options.organisationId ? await this.namedOrganisation(options.organisationId, reach) : null;
    const rows = parseStandardCsv(csv);
    const organisationOf = named ? () => named : await this.organisationResolver(rows, reach);
    const dryRun = options.dryRun ?? false;
    const seen = new Map<string, number>();
    const results: ImportRowResult[] = [];
    for (const parsed of rows) {
      results.push(await this.importRow(parsed, organisationOf, seen, dryRun));
    }
    const count = (status: ImportRowStatus) => results.filter((r) => r.status === status).length;
    return { dryRun, totalRows: rows.length, created: count('CREATED'), updated: count('UPDATED'), unchanged: count('UNCHANGED'), rejected: count('REJECTED'), rows: results };
  }

  private async importRow(
    { line, row, malformed }: ParsedRow,
    organisationOf: (pivot: string) => OrganisationEntity | undefined,
    seen: Map<string, number>,
    dryRun: boolean,
  ): Promise<ImportRowResult> {
    const externalId = row.id || null;
    const rejected = (issues: ImportIssue[]): ImportRowResult => ({ line, externalId, status: 'REJECTED', placeId: null, issues });
    if (malformed) return rejected([{ column: '*', field: '*', code: 'MALFORMED_ROW', message: malformed }]);

    const issues: ImportIssue[] = [];
    if (!externalId) issues.push({ column: 'id', field: 'externalId', code: 'BAD_USER_INPUT', message: 'id is required: it identifies the place on re-import' });
    const organisation = organisationOf(row.pivot);
    if (!organisation) {
      issues.push({ column: 'pivot', field: 'organisationId', code: 'UNKNOWN_ORGANISATION', message: 'pivot names no organisation whose places you may describe (organisations are registered first)' });
    }
    if (row.date_maj && (!DATE.test(row.date_maj) || Number.isNaN(Date.parse(row.date_maj)))) {
      issues.push({ column: 'date_maj', field: 'updatedAt', code: 'BAD_USER_INPUT', message: 'date_maj must be a date YYYY-MM-DD' });
    }
    const { value, issues: descriptionIssues } = checkPlaceDescription(descriptionFromRow(row), externalId ?? '');
    for (const issue of descriptionIssues) issues.push({ column: columnOfField(issue.field), ...issue });
    if (issues.length > 0 || !organisation || !value) return rejected(issues);

    const key = `${organisation.id}|${value.externalId}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) return rejected([{ column: 'id', field: 'externalId', code: 'DUPLICATE_ROW', message: `the same place (same pivot and id) is on line ${firstLine}` }]);
    seen.set(key, line);

    try {
      return await this.write(line, organisation.id, value, dryRun).catch((error) => {
        // Another import created the same place meanwhile: this row now updates it.
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) return this.write(line, organisation.id, value, dryRun);
        throw error;
      });
    } catch (error) {
      if (isDomainError(error)) return rejected([{ column: columnOfField(String(error.details.field ?? '*')), field: String(error.details.field ?? '*'), code: error.code, message: error.message }]);
      this.logger.error('import row failed', { line, error: error instanceof Error ? error.name : 'unknown' });
      return rejected([{ column: '*', field: '*', code: 'INTERNAL_ERROR', message: 'the row could not be written; nothing of it was saved' }]);
    }
  }

  private write(line: number, organisationId: string, description: PlaceDescription, dryRun: boolean): Promise<ImportRowResult> {
    const externalId = description.externalId;
    const result = (status: ImportRowStatus, place: PlaceEntity | null): ImportRowResult => ({ line, externalId, status, placeId: place?.id ?? null, issues: [] });
    return this.dataSource.transaction(async (manager) => {
      let existing = isUuid(externalId) ? await this.places.lockById(manager, externalId.toLowerCase()) : null;
      if (existing && existing.organisationId !== organisationId) existing = null;
      // A row of our own export carries the place's id: its external id stays what it was.
      const incoming = existing ? { ...description, externalId: existing.externalId } : description;
      existing ??= await this.places.lockByExternalId(manager, organisationId, externalId);
      if (existing) {
        if (!PlaceService.differs(existing, incoming)) return result('UNCHANGED', existing);
        if (dryRun) return result('UPDATED', existing);
        return result('UPDATED', await this.placeService.update(manager, existing, incoming));
      }
      if (dryRun) return result('CREATED', null);
      return result('CREATED', await this.placeService.insert(manager, newId(), organisationId, incoming, []));
    });
  }

  /** The one organisation the import is made for. */
  private async namedOrganisation(organisationId: string, reach: Reach): Promise<OrganisationEntity> {
    const id = parseId(organisationId, 'organisationId');
    const organisation = await this.organisations.findById(id);
    if (!organisation || !mayDescribePlacesOf(reach, id)) throw new DomainError('NOT_FOUND', `organisation ${id} does not exist`, { field: 'organisationId' });
    return organisation;
  }

  /**
   * Looks up every pivot of the file in one query. Organisations whose places the caller may not
   * describe are, to it, not registered.
   */
  private async organisationResolver(rows: ParsedRow[], reach: Reach): Promise<(pivot: string) => OrganisationEntity | undefined> {
    const pivots = [...new Set(rows.map((r) => r.row.pivot.replace(/\s/g, '').toUpperCase()))];
    const found = await this.organisations.findByIdentifiers(
      pivots.filter((p) => /^\d{14}$/.test(p)),
      pivots.filter((p) => /^W[0-9A-Z]{9}$/.test(p)),
      pivots.filter((p) => /^\d{9}$/.test(p)),
    );
    const bySiret = new Map(found.filter((o) => o.siret).map((o) => [o.siret!, o]));
    const byRna = new Map(found.filter((o) => o.rna).map((o) => [o.rna!, o]));
    // A SIREN names an organisation only when exactly one is registered under it (several establishments may share one).
    const bySiren = new Map<string, OrganisationEntity | null>();
    for (const o of found) if (o.siren) bySiren.set(o.siren, bySiren.has(o.siren) ? null : o);
    return (pivot) => {
      const p = pivot.replace(/\s/g, '').toUpperCase();
      const organisation = bySiret.get(p) ?? byRna.get(p) ?? bySiren.get(p) ?? undefined;
      return organisation && mayDescribePlacesOf(reach, organisation.id) ? organisation : undefined;
    };
  }
}
