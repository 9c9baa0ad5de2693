// A place's public description, as its own people keep it: the national standard's fields that
// the public and partners read (name, address, contact, hours, services, publics, access). The
// API replaces the whole description, so the fields this form does not show (typologies,
// location, labels…) are sent back as they were read. Every refusal is shown beside its field.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { codedErrors, frenchErrors } from '../apollo';
import { ErrorNotice } from '../components/ErrorNotice';
import { frenchMessage, withoutIndexes } from '../errors';
import { OpeningHoursEditor } from '../components/OpeningHoursEditor';
import { DeclarePlace } from './DeclarePlace';
import { ACCESS_MODES, FEE_KINDS, formatLongDate, MEDIATION_SERVICES, SPECIFIC_PUBLICS, SUPPORT_MODES } from '../format';

const MY_PLACES = gql`
  query MyPlacesToDescribe($organisationId: ID!) {
    places(organisationId: $organisationId, first: 50) {
      edges {
        node {
          id
          name
          address {
            communeName
          }
        }
      }
    }
  }
`;
const PLACE_FIELDS = gql`
  fragment PlaceDescriptionFields on Place {
    id
    externalId
    name
    address {
      street
      complement
      postalCode
      inseeCode
      communeName
    }
    location {
      latitude
      longitude
    }
    typologies
    phone
    emails
    websites
    openingHours
    summary
    description
    source
    mobility
    parentStructure
    services
    publics
    specificSupports
    fees
    nationalSchemes
    trainingLabels
    otherLabels
    accessModes
    supportModes
    accessibilityUrl
    bookingUrl
    updatedAt
  }
`;
const PLACE = gql`
  query PlaceToDescribe($id: ID!) {
    place(id: $id) {
      ...PlaceDescriptionFields
    }
  }
  ${PLACE_FIELDS}
`;
const UPDATE_PLACE = gql`
  mutation ConsoleUpdatePlace($placeId: ID!, $description: PlaceDescriptionInput!) {
    updatePlace(placeId: $placeId, description: $description) {
      ...PlaceDescriptionFields
    }
  }
  ${PLACE_FIELDS}
`;

interface DescriptionForm {
  name: string;
  street: string;
  complement: string;
  postalCode: string;
  inseeCode: string;
  phone: string;
  emails: string;
  websites: string;
  openingHours: string;
  summary: string;
  description: string;
  accessibilityUrl: string;
  bookingUrl: string;
  services: string[];
  publics: string[];
  accessModes: string[];
  supportModes: string[];
  fees: string[];
}
type FormField = keyof DescriptionForm;

const lines = (text: string) => text.split(/[\n,;]/).map((l) => l.trim()).filter(Boolean);
const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]*$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the API checks that can be checked here; opening hours and phone numbers are left to the API's own parsers. */
export function descriptionProblems(form: DescriptionForm): Partial<Record<FormField, string>> {
  const problems: Partial<Record<FormField, string>> = {};
  if (form.name.trim().length < 1 || form.name.trim().length > 300) problems.name = frenchMessage('BAD_USER_INPUT', 'name');
  if (form.street.trim() === '') problems.street = 'Indiquez le numéro et la voie.';
  if (!/^\d{5}$/.test(form.postalCode.trim())) problems.postalCode = frenchMessage('INVALID_CODE', 'postalCode');
  if (!/^(\d{2}|2A|2B)\d{3}$/i.test(form.inseeCode.trim())) problems.inseeCode = frenchMessage('INVALID_CODE', 'inseeCode');
  if (lines(form.emails).some((e) => !EMAIL.test(e))) problems.emails = frenchMessage('INVALID_EMAIL');
  if (lines(form.websites).some((w) => !HTTP_URL.test(w))) problems.websites = frenchMessage('INVALID_URL');
  if (form.accessibilityUrl.trim() && !HTTP_URL.test(form.accessibilityUrl.trim())) problems.accessibilityUrl = frenchMessage('INVALID_URL');
  if (form.bookingUrl.trim() && !HTTP_URL.test(form.bookingUrl.trim())) problems.bookingUrl = frenchMessage('INVALID_URL');
  if (form.summary.trim().length > 280) problems.summary = frenchMessage('BAD_USER_INPUT', 'summary');
  if (form.description.trim().length > 5000) problems.description = frenchMessage('BAD_USER_INPUT', 'description');
  if (form.services.length === 0) problems.services = frenchMessage('BAD_USER_INPUT', 'services');
  return problems;
}

/** The API's field (extensions.field, e.g. street, emails.1, location.latitude) → the form's. */
function formFieldOf(apiField: string | undefined): FormField | undefined {
  const field = apiField ? withoutIndexes(apiField) : undefined;
  const known: FormField[] = ['name', 'street', 'complement', 'postalCode', 'inseeCode', 'phone', 'emails', 'websites', 'openingHours', 'summary', 'description', 'accessibilityUrl', 'bookingUrl', 'services', 'publics', 'accessModes', 'supportModes', 'fees'];
  return known.find((k) => k === field);
}

function formOf(place: any): DescriptionForm {
  return {
    name: place.name,
    street: place.address.street,
    complement: place.address.complement ?? '',
    postalCode: place.address.postalCode,
    inseeCode: place.address.inseeCode,
    phone: place.phone ?? '',
    emails: place.emails.join('\n'),
    websites: place.websites.join('\n'),
    openingHours: place.openingHours ?? '',
    summary: place.summary ?? '',
    description: place.description ?? '',
    accessibilityUrl: place.accessibilityUrl ?? '',
    bookingUrl: place.bookingUrl ?? '',
    services: place.services,
    publics: place.publics,
    accessModes: place.accessModes,
    supportModes: place.supportModes,
    fees: place.fees,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The whole description the API replaces: the form's fields, and the others as they were read. */
function descriptionInput(place: any, form: DescriptionForm) {
  return {
    externalId: place.externalId,
    name: form.name.trim(),
    address: { street: form.street.trim(), complement: orNull(form.complement), postalCode: form.postalCode.trim(), inseeCode: form.inseeCode.trim().toUpperCase() },
    location: place.location ? { latitude: place.location.latitude, longitude: place.location.longitude } : null,
    typologies: place.typologies,
    phone: orNull(form.phone),
    emails: lines(form.emails),
    websites: lines(form.websites),
    openingHours: orNull(form.openingHours),
    summary: orNull(form.summary),
    description: orNull(form.description),
    source: place.source,
    mobility: place.mobility,
    parentStructure: place.parentStructure,
    services: form.services,
    publics: form.publics,
    specificSupports: place.specificSupports,
    fees: form.fees,
    nationalSchemes: place.nationalSchemes,
    trainingLabels: place.trainingLabels,
    otherLabels: place.otherLabels,
    accessModes: form.accessModes,
    supportModes: form.supportModes,
    accessibilityUrl: orNull(form.accessibilityUrl),
    bookingUrl: orNull(form.bookingUrl),
  };
}

export function PlaceDescription(props: { organisationId?: string }) {
  const { data, error, refetch } = useQuery<any>(MY_PLACES, { variables: { organisationId: props.organisationId }, skip: !props.organisationId });
  const [declaring, setDeclaring] = useState(false);
  const [declared, setDeclared] = useState(false);
  const places = data?.places.edges.map((e: any) => e.node) ?? [];
  const [chosen, setChosen] = useState<string | undefined>();
  const placeId = chosen ?? places[0]?.id;
  if (!props.organisationId) return <Alert severity="warning" small description="Ce compte n’est rattaché à aucune organisation." />;
  return (
    <div className="console-narrow">
      <h1 className="fr-h3">Description publique du lieu</h1>
      <p>Ce que le public et les partenaires lisent de votre lieu (standard national des lieux de médiation numérique).</p>
      <ErrorNotice error={error} />
      {places.length > 1 ? (
        <Select label="Lieu" nativeSelectProps={{ value: placeId, onChange: (e) => setChosen(e.target.value) }}>
          {places.map((p: any) => (
            <option key={p.id} value={p.id}>
              {p.name} — {p.address.communeName}
            </option>
          ))}
        </Select>
      ) : null}
      {data && places.length === 0 ? <p>Aucun lieu n’est enregistré pour votre organisation : déclarez-le pour candidater aux programmes.</p> : null}
      {declared ? <Alert severity="success" small className="fr-mb-2w" description="Lieu déclaré : complétez sa description publique ci-dessous." /> : null}
      {data && (places.length === 0 || declaring) ? (
        <DeclarePlace
          organisationId={props.organisationId}
          onCancel={places.length > 0 ? () => setDeclaring(false) : undefined}
          onDeclared={(id) => {
            setDeclaring(false);
            setDeclared(true);
            setChosen(id);
            void refetch();
          }}
        />
      ) : data ? (
        <Button priority="secondary" className="fr-mb-2w" onClick={() => setDeclaring(true)}>
          Déclarer un lieu
        </Button>
      ) : null}
      {placeId && !declaring ? <PlaceEditor key={placeId} placeId={placeId} /> : null}
    </div>
  );
}

function PlaceEditor(props: { placeId: string }) {
  const { data, error } = useQuery<any>(PLACE, { variables: { id: props.placeId }, fetchPolicy: 'network-only' });
  const place = data?.place;
  if (error && !place) return <ErrorNotice error={error} title="La description n’a pas pu être chargée" />;
  if (!place) return <p aria-busy="true">Chargement de la description…</p>;
  return <DescriptionEditor place={place} />;
}

function DescriptionEditor(props: { place: any }) {
  const { place } = props;
  const [form, setForm] = useState<DescriptionForm>(() => formOf(place));
  const [problems, setProblems] = useState<Partial<Record<FormField, string>>>({});
  const [update, saving] = useMutation<any>(UPDATE_PLACE);
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | undefined>();

  const set = <K extends FormField>(field: K, value: DescriptionForm[K]) => {
    setForm({ ...form, [field]: value });
    setProblems({ ...problems, [field]: undefined });
  };
  const text = (field: FormField, label: string, options: { hint?: string; textArea?: boolean; inputMode?: 'numeric' | 'email' | 'tel' | 'url' } = {}) => {
    const common = { label, hintText: options.hint, state: problems[field] ? ('error' as const) : ('default' as const), stateRelatedMessage: problems[field] };
    const value = form[field] as string;
    return options.textArea ? (
      <Input {...common} textArea nativeTextAreaProps={{ name: field, value, rows: 3, onChange: (e) => set(field, e.target.value) }} />
    ) : (
      <Input {...common} nativeInputProps={{ name: field, value, inputMode: options.inputMode, autoComplete: 'off', onChange: (e) => set(field, e.target.value) }} />
    );
  };
  const choices = (field: 'services' | 'publics' | 'accessModes' | 'supportModes' | 'fees', legend: string, vocabulary: Record<string, string>, hint?: string) => (
    <Checkbox
      legend={legend}
      hintText={hint}
      state={problems[field] ? 'error' : 'default'}
      stateRelatedMessage={problems[field]}
      options={Object.entries(vocabulary).map(([value, label]) => ({
        label,
        nativeInputProps: {
          name: field,
          value,
          checked: form[field].includes(value),
          onChange: (e) => set(field, e.target.checked ? [...form[field], value] : form[field].filter((v) => v !== value)),
        },
      }))}
    />
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    const found = descriptionProblems(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return setOutcome({ severity: 'error', text: 'Corrigez les champs signalés.' });
    try {
      await update({ variables: { placeId: place.id, description: descriptionInput(place, form) } });
      setOutcome({ severity: 'success', text: 'Description enregistrée : elle est publiée avec les données ouvertes des lieux.' });
    } catch (failure) {
      const byField: Partial<Record<FormField, string>> = {};
      for (const e of codedErrors(failure)) {
        const field = formFieldOf(e.field);
        if (field && !byField[field]) byField[field] = frenchMessage(e.code, e.field);
      }
      setProblems(byField);
      setOutcome({ severity: 'error', text: frenchErrors(failure) });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={saving.loading} data-testid="place-description">
      <p className="fr-text--sm">Dernière mise à jour le {formatLongDate(place.updatedAt)}.</p>
      {text('name', 'Nom du lieu')}
      {text('street', 'Adresse', { hint: 'Numéro et voie' })}
      {text('complement', 'Complément d’adresse (facultatif)')}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-sm-6">{text('postalCode', 'Code postal', { inputMode: 'numeric' })}</div>
        <div className="fr-col-12 fr-col-sm-6">{text('inseeCode', 'Code INSEE de la commune', { hint: `${place.address.communeName ?? ''} — pas le code postal` })}</div>
      </div>
      {text('phone', 'Téléphone (facultatif)', { inputMode: 'tel' })}
      {text('emails', 'Adresses électroniques (facultatif)', { hint: 'Une par ligne', textArea: true })}
      {text('websites', 'Sites web (facultatif)', { hint: 'Une adresse https:// par ligne', textArea: true })}
      <OpeningHoursEditor value={form.openingHours} onChange={(value) => set('openingHours', value)} error={problems.openingHours} saved={place.openingHours ?? null} />
      {text('summary', 'Résumé (facultatif)', { hint: `280 caractères au plus (${form.summary.trim().length} saisis)`, textArea: true })}
      {text('description', 'Présentation détaillée (facultatif)', { textArea: true })}
      {choices('services', 'Services proposés', MEDIATION_SERVICES, 'Au moins un')}
      {choices('publics', 'Publics spécifiquement accueillis', SPECIFIC_PUBLICS)}
      {choices('accessModes', 'Modalités d’accès', ACCESS_MODES)}
      {choices('supportModes', 'Modalités d’accompagnement', SUPPORT_MODES)}
      {choices('fees', 'Frais à la charge du public', FEE_KINDS)}
      {text('accessibilityUrl', 'Fiche accessibilité (Acceslibre, facultatif)', { inputMode: 'url' })}
      {text('bookingUrl', 'Prise de rendez-vous en ligne (facultatif)', { inputMode: 'url' })}
      <Button type="submit" disabled={saving.loading}>
        {saving.loading ? 'Enregistrement…' : 'Enregistrer la description'}
      </Button>
      <div aria-live="polite" data-testid="description-outcome">
        {outcome ? <Alert severity={outcome.severity} small description={outcome.text} className="fr-mt-2w" /> : null}
      </div>
    </form>
  );
}
