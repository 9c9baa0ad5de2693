// The national standard's CSV (schema v1.0.2, one row per place, lists joined with "|"), read
// into the API's terms and written from them. Column order is the schema's.
import { parse } from 'csv-parse/sync';
import { DomainError } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import { writeCsv } from '@pass-numerique/service-kit';
import type { PlaceEntity } from './place.entity';
import type { PlaceDescriptionInput } from './place.rules';

export const STANDARD_COLUMNS = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const;
export type StandardColumn = (typeof STANDARD_COLUMNS)[number];
export type StandardRow = Record<StandardColumn, string>;

/** Columns a file must have for its rows to make places. */
const REQUIRED_COLUMNS: StandardColumn[] = ['id', 'pivot', 'nom', 'adresse', 'code_postal', 'services'];

/** The API field (as place.rules names it) a CSV column feeds, to report issues under the file's own column names. */
const COLUMN_OF_FIELD: Record<string, StandardColumn> = {
  externalId: 'id',
  name: 'nom',
  street: 'adresse',
  complement: 'complement_adresse',
  postalCode: 'code_postal',
  inseeCode: 'code_insee',
  location: 'latitude',
  'location.latitude': 'latitude',
  'location.longitude': 'longitude',
  typologies: 'typologie',
  phone: 'telephone',
  emails: 'courriels',
  websites: 'site_web',
  openingHours: 'horaires',
  summary: 'presentation_resume',
  description: 'presentation_detail',
  source: 'source',
  mobility: 'itinerance',
  parentStructure: 'structure_parente',
  services: 'services',
  publics: 'publics_specifiquement_adresses',
  specificSupports: 'prise_en_charge_specifique',
  fees: 'frais_a_charge',
  nationalSchemes: 'dispositif_programmes_nationaux',
  trainingLabels: 'formations_labels',
  otherLabels: 'autres_formations_labels',
  accessModes: 'modalites_acces',
  supportModes: 'modalites_accompagnement',
  accessibilityUrl: 'fiche_acces_libre',
  bookingUrl: 'prise_rdv',
};

export function columnOfField(field: string): string {
  return COLUMN_OF_FIELD[field] ?? COLUMN_OF_FIELD[field.replace(/\.\d+$/, '')] ?? field;
}

export const MAX_IMPORT_ROWS = 5_000;

export interface ParsedRow {
  /** Line of the row in the file (the header is line 1). */
  line: number;
  row: StandardRow;
  /** Set when the row cannot be read at all (wrong number of cells). */
  malformed?: string;
}

/** Reads a file in the standard. A file that cannot be read as a whole is refused; bad rows are left to the caller to report. */
export function parseStandardCsv(text: string): ParsedRow[] {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, delimiter: [',', ';'], relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { code?: string; lines?: number };
    throw new DomainError('BAD_USER_INPUT', `the file is not readable CSV${e.lines ? ` (near line ${e.lines})` : ''}`, { field: 'csv', line: e.lines, reason: e.code });
  }
  if (records.length === 0) throw new DomainError('BAD_USER_INPUT', 'the file is empty', { field: 'csv' });
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DomainError('BAD_USER_INPUT', `the file lacks columns of the standard: ${missing.join(', ')}`, { field: 'csv', missingColumns: missing });
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    throw new DomainError('BAD_USER_INPUT', `at most ${MAX_IMPORT_ROWS} rows per import; split the file`, { field: 'csv', rows: records.length - 1 });
  }
  return records.slice(1).map(({ record, info }) => {
    const row = Object.fromEntries(STANDARD_COLUMNS.map((c) => [c, ''])) as StandardRow;
    header.forEach((column, i) => {
      if ((STANDARD_COLUMNS as readonly string[]).includes(column)) row[column as StandardColumn] = unescapedCell((record[i] ?? '').trim());
    });
    const malformed = record.length !== header.length ? `the row has ${record.length} cells, the header ${header.length}` : undefined;
    return { line: info.lines, row, malformed };
  });
}

/** A cell our export wrote as text (writeCsv's apostrophe before = + - @) reads back as it was: a re-import changes nothing. */
function unescapedCell(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

const split = (value: string) => (value ? value.split('|').map((v) => v.trim()).filter(Boolean) : []);

/** A row in the rules' terms; a coordinate that is not a number becomes NaN, which the rules refuse. */
export function descriptionFromRow(row: StandardRow): PlaceDescriptionInput {
  const coordinate = (v: string) => (v === '' ? null : Number(v.replace(',', '.')));
  return {
    externalId: row.id,
    name: row.nom,
    street: row.adresse,
    complement: row.complement_adresse || null,
    postalCode: row.code_postal,
    inseeCode: row.code_insee || null,
    communeName: row.commune || null,
    latitude: coordinate(row.latitude),
    longitude: coordinate(row.longitude),
    typologies: split(row.typologie),
    phone: row.telephone || null,
    emails: split(row.courriels),
    websites: split(row.site_web),
    openingHours: row.horaires || null,
    summary: row.presentation_resume || null,
    description: row.presentation_detail || null,
    source: row.source || null,
    mobility: split(row.itinerance),
    parentStructure: row.structure_parente || null,
    services: split(row.services),
    publics: split(row.publics_specifiquement_adresses),
    specificSupports: split(row.prise_en_charge_specifique),
    fees: split(row.frais_a_charge),
    nationalSchemes: split(row.dispositif_programmes_nationaux),
    trainingLabels: split(row.formations_labels),
    otherLabels: split(row.autres_formations_labels),
    accessModes: split(row.modalites_acces),
    supportModes: split(row.modalites_accompagnement),
    accessibilityUrl: row.fiche_acces_libre || null,
    bookingUrl: row.prise_rdv || null,
  };
}

const PLACEHOLDER_PIVOT = '00000000000000';

/**
 * A place as a row of the standard. The row's `id` is the place's own id, unique across the
 * platform (external ids are unique per organisation only); re-importing the file matches it.
 */
export function rowFromPlace(place: PlaceEntity, pivot: string | null, geography = Geography.load()): StandardRow {
  const join = (values: string[]) => values.join('|');
  return {
    id: place.id,
    pivot: pivot ?? PLACEHOLDER_PIVOT,
    nom: place.name,
    commune: geography.commune(place.inseeCode)?.name ?? '',
    code_postal: place.postalCode,
    code_insee: place.inseeCode,
    adresse: place.street,
    complement_adresse: place.complement ?? '',
    latitude: place.latitude === null ? '' : String(place.latitude),
    longitude: place.longitude === null ? '' : String(place.longitude),
    typologie: join(place.typologies),
    telephone: place.phone ?? '',
    courriels: join(place.emails),
    site_web: join(place.websites),
    horaires: place.openingHours ?? '',
    presentation_resume: place.summary ?? '',
    presentation_detail: place.description ?? '',
    source: place.source ?? '',
    itinerance: join(place.mobility),
    structure_parente: place.parentStructure ?? '',
    date_maj: place.updatedAt.toISOString().slice(0, 10),
    services: join(place.services),
    publics_specifiquement_adresses: join(place.publics),
    prise_en_charge_specifique: join(place.specificSupports),
    frais_a_charge: join(place.fees),
    dispositif_programmes_nationaux: join(place.nationalSchemes),
    formations_labels: join(place.trainingLabels),
    autres_formations_labels: join(place.otherLabels),
    modalites_acces: join(place.accessModes),
    modalites_accompagnement: join(place.supportModes),
    fiche_acces_libre: place.accessibilityUrl ?? '',
    prise_rdv: place.bookingUrl ?? '',
  };
}

export function headerLine(): string {
  return writeCsv([[...STANDARD_COLUMNS]]);
}

/** Through writeCsv: a place's name, description or any text a producer wrote is never a formula in a spreadsheet. */
export function rowsToCsv(rows: StandardRow[]): string {
  return writeCsv(rows, { columns: [...STANDARD_COLUMNS] });
}
