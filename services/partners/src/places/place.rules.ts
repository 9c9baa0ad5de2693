// Validation of a place's description in the national standard's terms. Pure functions: the
// API throws the first issue, the CSV import reports all of a row's issues at once.
import OpeningHours from 'opening_hours';
import { isValidCourriel, isValidTelephone, isValidUrl } from '@gouvfr-anct/lieux-de-mediation-numerique';
import { DomainError } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import { checkFrenchAddress } from '../addresses/french-address';
import {
  ACCESS_MODES,
  canonicalLabel,
  FEE_KINDS,
  MEDIATION_SERVICES,
  MOBILITIES,
  NATIONAL_SCHEMES,
  SPECIFIC_PUBLICS,
  SPECIFIC_SUPPORTS,
  SUPPORT_MODES,
  TRAINING_LABELS,
  TYPOLOGIES,
  type Vocabulary,
} from './standard-vocabulary';

/** A place's public description: the standard's fields, under the API's names. */
export interface PlaceDescription {
  externalId: string;
  name: string;
  street: string;
  complement: string | null;
  postalCode: string;
  inseeCode: string;
  latitude: number | null;
  longitude: number | null;
  typologies: string[];
  phone: string | null;
  emails: string[];
  websites: string[];
  openingHours: string | null;
  summary: string | null;
  description: string | null;
  source: string | null;
  mobility: string[];
  parentStructure: string | null;
  services: string[];
  publics: string[];
  specificSupports: string[];
  fees: string[];
  nationalSchemes: string[];
  trainingLabels: string[];
  otherLabels: string[];
  accessModes: string[];
  supportModes: string[];
  accessibilityUrl: string | null;
  bookingUrl: string | null;
}

/** What a caller sends: everything optional (absent or null) but the essentials, labels not yet checked. */
export type PlaceDescriptionInput = { [Field in keyof Omit<PlaceDescription, 'name' | 'street' | 'postalCode' | 'inseeCode' | 'services'>]?: PlaceDescription[Field] | null } & {
  name: string;
  street: string;
  postalCode: string;
  /** May be left out by a CSV row: it is then found from the postal code and commune name. */
  inseeCode?: string | null;
  communeName?: string | null;
  services: string[];
};

export interface ContactPerson {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface Issue {
  field: string;
  code: string;
  message: string;
}

export type IssueCode = 'INVALID_CODE' | 'INVALID_OPENING_HOURS' | 'INVALID_PHONE' | 'INVALID_EMAIL' | 'INVALID_URL' | 'INVALID_LOCATION' | 'BAD_USER_INPUT';

const SUMMARY_MAX = 280;
const TEXT_MAX = 5_000;
const SHORT_TEXT_MAX = 300;
const LIST_MAX = 20;
const EXTERNAL_ID = /^[^\s|][^|]{0,99}$/;
/** The standard's telephone pattern: international prefix then 6 to 9 digits. */
const STANDARD_PHONE = /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$/;

class IssueCollector {
  readonly issues: Issue[] = [];
  constructor(private readonly prefix: string) {}
  add(field: string, code: IssueCode, message: string): void {
    this.issues.push({ field: `${this.prefix}${field}`, code, message });
  }
}

function text(value: string | null | undefined): string | null {
  const t = value?.trim().replace(/[ \t]+/g, ' ');
  return t ? t : null;
}

/** Checks a description whole; returns the normalised value when there is no issue. */
export function checkPlaceDescription(input: PlaceDescriptionInput, externalIdFallback: string, prefix = ''): { value?: PlaceDescription; issues: Issue[] } {
  const c = new IssueCollector(prefix);
  const geography = Geography.load();

  const externalId = text(input.externalId) ?? externalIdFallback;
  if (!EXTERNAL_ID.test(externalId)) c.add('externalId', 'BAD_USER_INPUT', 'externalId must be 1–100 characters without "|"');

  const name = text(input.name);
  if (!name || name.length > SHORT_TEXT_MAX) c.add('name', 'BAD_USER_INPUT', `name must be 1–${SHORT_TEXT_MAX} characters`);

  let inseeCode = text(input.inseeCode)?.toUpperCase() ?? null;
  const postalCode = text(input.postalCode) ?? '';
  if (!inseeCode) {
    inseeCode = communeFromPostalCode(postalCode, input.communeName ?? null, geography);
    if (!inseeCode) c.add('inseeCode', 'INVALID_CODE', 'inseeCode is required when the postal code and commune name do not name exactly one commune');
  }
  let address: { street: string; postalCode: string; inseeCode: string } | undefined;
  if (inseeCode) {
    try {
      const checked = checkFrenchAddress({ address: input.street ?? '', postalCode, inseeCode }, '', geography);
      address = { street: checked.address, postalCode: checked.postalCode, inseeCode: checked.inseeCode };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const field = error.details.field === 'address' ? 'street' : String(error.details.field);
      c.add(field, error.code as IssueCode, error.message);
    }
  }
  const complement = text(input.complement);
  if (complement && complement.length > SHORT_TEXT_MAX) c.add('complement', 'BAD_USER_INPUT', `complement must be at most ${SHORT_TEXT_MAX} characters`);

  const latitude = input.latitude ?? null;
  const longitude = input.longitude ?? null;
  if ((latitude === null) !== (longitude === null)) c.add('location', 'INVALID_LOCATION', 'latitude and longitude go together');
  else if (latitude !== null && longitude !== null) {
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) c.add('location.latitude', 'INVALID_LOCATION', 'latitude must be between -90 and 90');
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) c.add('location.longitude', 'INVALID_LOCATION', 'longitude must be between -180 and 180');
  }

  const phone = input.phone ? normalisePhone(input.phone) : null;
  if (input.phone && text(input.phone) && !phone) c.add('phone', 'INVALID_PHONE', 'phone is not a French telephone number');

  const emails = list(input.emails);
  emails.forEach((email, i) => {
    if (!isValidCourriel(email)) c.add(`emails.${i}`, 'INVALID_EMAIL', 'not an e-mail address');
  });
  const websites = list(input.websites);
  websites.forEach((url, i) => {
    if (!isHttpUrl(url)) c.add(`websites.${i}`, 'INVALID_URL', 'not an http(s) URL');
  });
  const accessibilityUrl = text(input.accessibilityUrl);
  if (accessibilityUrl && !isHttpUrl(accessibilityUrl)) c.add('accessibilityUrl', 'INVALID_URL', 'not an http(s) URL');
  const bookingUrl = text(input.bookingUrl);
  if (bookingUrl && !isHttpUrl(bookingUrl)) c.add('bookingUrl', 'INVALID_URL', 'not an http(s) URL');

  const openingHours = text(input.openingHours);
  if (openingHours) {
    const problem = openingHoursProblem(openingHours);
    if (problem) c.add('openingHours', 'INVALID_OPENING_HOURS', `openingHours is not in the OpenStreetMap opening_hours format: ${problem}`);
  }

  const summary = text(input.summary);
  if (summary && summary.length > SUMMARY_MAX) c.add('summary', 'BAD_USER_INPUT', `summary must be at most ${SUMMARY_MAX} characters`);
  const description = input.description?.trim() || null;
  if (description && description.length > TEXT_MAX) c.add('description', 'BAD_USER_INPUT', `description must be at most ${TEXT_MAX} characters`);
  const source = text(input.source);
  const parentStructure = text(input.parentStructure);

  const typologies = list(input.typologies).map((t) => t.toUpperCase() === 'AUTRE' ? 'Autre' : t.toUpperCase());
  typologies.forEach((t, i) => {
    if (!TYPOLOGIES.has(t)) c.add(`typologies.${i}`, 'BAD_USER_INPUT', `"${t}" is not a typology of the standard`);
  });

  const services = labels(c, 'services', input.services, MEDIATION_SERVICES);
  if (services.length === 0 && !c.issues.some((i) => i.field.startsWith(`${prefix}services`))) c.add('services', 'BAD_USER_INPUT', 'at least one service is required');
  const value: Omit<PlaceDescription, 'name' | 'street' | 'postalCode' | 'inseeCode'> = {
    externalId,
    complement,
    latitude,
    longitude,
    typologies,
    phone,
    emails,
    websites,
    openingHours,
    summary,
    description,
    source,
    mobility: labels(c, 'mobility', input.mobility, MOBILITIES),
    parentStructure,
    services,
    publics: labels(c, 'publics', input.publics, SPECIFIC_PUBLICS),
    specificSupports: labels(c, 'specificSupports', input.specificSupports, SPECIFIC_SUPPORTS),
    fees: labels(c, 'fees', input.fees, FEE_KINDS),
    nationalSchemes: labels(c, 'nationalSchemes', input.nationalSchemes, NATIONAL_SCHEMES),
    trainingLabels: labels(c, 'trainingLabels', input.trainingLabels, TRAINING_LABELS),
    otherLabels: list(input.otherLabels),
    accessModes: labels(c, 'accessModes', input.accessModes, ACCESS_MODES),
    supportModes: labels(c, 'supportModes', input.supportModes, SUPPORT_MODES),
    accessibilityUrl,
    bookingUrl,
  };
  for (const [field, values] of Object.entries({ emails, websites, otherLabels: value.otherLabels, typologies })) {
    if (values.length > LIST_MAX) c.add(field, 'BAD_USER_INPUT', `at most ${LIST_MAX} values`);
  }
  if (c.issues.length > 0 || !name || !address) return { issues: c.issues };
  return { value: { ...value, name, ...address }, issues: [] };
}

export function checkContactPeople(people: Array<Partial<ContactPerson>> | null | undefined, prefix = 'contactPeople'): ContactPerson[] {
  const all = people ?? [];
  if (all.length > 10) throw new DomainError('BAD_USER_INPUT', 'at most 10 contact people', { field: prefix });
  return all.map((p, i) => {
    const name = text(p.name);
    if (!name || name.length > 200) throw new DomainError('BAD_USER_INPUT', 'a contact person needs a name of 1–200 characters', { field: `${prefix}.${i}.name` });
    const email = text(p.email);
    if (email && !isValidCourriel(email)) throw new DomainError('INVALID_EMAIL', 'not an e-mail address', { field: `${prefix}.${i}.email` });
    const phone = p.phone && text(p.phone) ? normalisePhone(p.phone) : null;
    if (p.phone && text(p.phone) && !phone) throw new DomainError('INVALID_PHONE', 'not a French telephone number', { field: `${prefix}.${i}.phone` });
    const role = text(p.role);
    return { name, role: role ? role.slice(0, 200) : null, email, phone };
  });
}

/** The checked description, or its first issue as the error the API returns (with all of them in `issues`). */
export function describedOrThrow({ value, issues }: { value?: PlaceDescription; issues: Issue[] }): PlaceDescription {
  const [first] = issues;
  if (first) throw new DomainError(first.code, first.message, { field: first.field, issues: issues.length > 1 ? issues : undefined });
  if (!value) throw new Error('a description without issues has a value');
  return value;
}

/** Why a string is not OpenStreetMap opening hours, or null when it is. */
export function openingHoursProblem(value: string): string | null {
  if (value.length > 500) return 'longer than 500 characters';
  try {
    // mode 0: time ranges only (no points in time), which is what a place's hours are.
    const parsed = new OpeningHours(value, null, 0);
    // The library also reads French words ("le mardi") and guesses, with a warning: the standard
    // wants the canonical syntax, so a warning is a refusal, with the library's advice.
    const [warning] = parsed.getWarnings();
    return warning ? warning.split('\n')[0].slice(0, 300) : null;
  } catch (error) {
    // The library's message quotes the input with a marker; keep its first line only.
    return String(error).split('\n')[0].slice(0, 200);
  }
}

/** "03 22 97 37 37", "0033 3…", "+33 (0)3…" → "+33322973737", the standard's form; null when not a phone number. */
export function normalisePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (!isValidTelephone(trimmed) && !STANDARD_PHONE.test(trimmed)) return null;
  let compact = trimmed.replace(/\(0\)/g, '').replace(/[\s.-]/g, '');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  else if (compact.startsWith('0')) compact = `+33${compact.slice(1)}`;
  return STANDARD_PHONE.test(compact) ? compact : null;
}

function isHttpUrl(value: string): boolean {
  if (!isValidUrl(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function list(values: string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}

function labels(c: IssueCollector, field: string, values: string[] | null | undefined, vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  list(values).forEach((v, i) => {
    const label = canonicalLabel(vocabulary, v);
    if (label === undefined) c.add(`${field}.${i}`, 'BAD_USER_INPUT', `"${v}" is not a value of the standard for ${field}`);
    else if (!out.includes(label)) out.push(label);
  });
  return out;
}

/** For CSV rows without code_insee: the one commune that has this postal code and this name. */
function communeFromPostalCode(postalCode: string, communeName: string | null, geography: Geography): string | null {
  if (!/^\d{5}$/.test(postalCode)) return null;
  const key = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[-'’\s]+/g, ' ').trim().toUpperCase();
  const candidates = (communesByPostalCode(geography).get(postalCode) ?? []).map((code) => geography.communes.get(code)!);
  if (candidates.length === 1 && !communeName) return candidates[0].code;
  const named = communeName ? candidates.filter((c) => key(c.name) === key(communeName)) : [];
  return named.length === 1 ? named[0].code : candidates.length === 1 ? candidates[0].code : null;
}

let postalIndex: Map<string, string[]> | undefined;
function communesByPostalCode(geography: Geography): Map<string, string[]> {
  if (!postalIndex) {
    postalIndex = new Map();
    for (const c of geography.communes.values()) for (const p of c.postalCodes) postalIndex.set(p, [...(postalIndex.get(p) ?? []), c.code]);
  }
  return postalIndex;
}
