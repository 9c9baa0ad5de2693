// "Déclarer un lieu": an organisation's people declare one of its mediation places — its name,
// address and services are enough to start; the rest of its public description is kept on the
// description page. Every refusal is shown beside its field, in French.
import { gql } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { codedErrors, frenchErrors } from '../apollo';
import { frenchMessage, withoutIndexes } from '../errors';
import { MEDIATION_SERVICES } from '../format';

const REGISTER_PLACE = gql`
  mutation ConsoleRegisterPlace($input: RegisterPlaceInput!) {
    registerPlace(input: $input) {
      id
      name
    }
  }
`;

const FIELDS = ['name', 'street', 'complement', 'postalCode', 'inseeCode', 'phone', 'services'] as const;
type Field = (typeof FIELDS)[number];
type DeclarationForm = Record<Exclude<Field, 'services'>, string> & { services: string[] };
const EMPTY: DeclarationForm = { name: '', street: '', complement: '', postalCode: '', inseeCode: '', phone: '', services: [] };

/** What can be checked before asking the API; the API's own refusals are shown the same way. */
export function declarationProblems(form: DeclarationForm): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (form.name.trim().length < 1 || form.name.trim().length > 300) problems.name = frenchMessage('BAD_USER_INPUT', 'name');
  if (form.street.trim() === '') problems.street = 'Indiquez le numéro et la voie.';
  if (!/^\d{5}$/.test(form.postalCode.trim())) problems.postalCode = frenchMessage('INVALID_CODE', 'postalCode');
  if (!/^(\d{2}|2A|2B)\d{3}$/i.test(form.inseeCode.trim())) problems.inseeCode = frenchMessage('INVALID_CODE', 'inseeCode');
  if (form.services.length === 0) problems.services = frenchMessage('BAD_USER_INPUT', 'services');
  return problems;
}

/** The API's field (address.street, description.services.0…) → the form's. */
function fieldOf(apiField: string | undefined): Field | undefined {
  const last = apiField ? withoutIndexes(apiField).split('.').pop() : undefined;
  return FIELDS.find((f) => f === last);
}

export function DeclarePlace(props: { organisationId: string; onDeclared(placeId: string): void; onCancel?(): void }) {
  const [form, setForm] = useState<DeclarationForm>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [register, registering] = useMutation<{ registerPlace: { id: string; name: string } }>(REGISTER_PLACE);
  const set = <K extends Field>(field: K, value: DeclarationForm[K]) => {
    setForm({ ...form, [field]: value });
    setProblems({ ...problems, [field]: undefined });
  };
  const text = (field: Exclude<Field, 'services'>, label: string, hint?: string) => (
    <Input
      label={label}
      hintText={hint}
      state={problems[field] ? 'error' : 'default'}
      stateRelatedMessage={problems[field]}
      nativeInputProps={{ name: field, value: form[field], autoComplete: 'off', onChange: (e) => set(field, e.target.value) }}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const found = declarationProblems(form);
    setProblems(found);
    if (Object.keys(found).length > 0) return setFailure('Corrigez les champs signalés.');
    const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
    try {
      const answer = await register({
        variables: {
          input: {
            organisationId: props.organisationId,
            description: {
              name: form.name.trim(),
              address: { street: form.street.trim(), complement: orNull(form.complement), postalCode: form.postalCode.trim(), inseeCode: form.inseeCode.trim().toUpperCase() },
              phone: orNull(form.phone),
              services: form.services,
            },
          },
        },
      });
      if (answer.data) props.onDeclared(answer.data.registerPlace.id);
    } catch (error) {
      const byField: Partial<Record<Field, string>> = {};
      for (const e of codedErrors(error)) {
        const field = fieldOf(e.field);
        if (field && !byField[field]) byField[field] = frenchMessage(e.code, e.field);
      }
      setProblems(byField);
      setFailure(frenchErrors(error));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={registering.loading} aria-labelledby="declare-place-title" data-testid="declare-place">
      <h2 id="declare-place-title" className="fr-h4">
        Déclarer un lieu
      </h2>
      <p>Le lieu est décrit une fois pour tous les programmes ; vous compléterez ensuite sa description publique.</p>
      {text('name', 'Nom du lieu')}
      {text('street', 'Adresse', 'Numéro et voie')}
      {text('complement', 'Complément d’adresse (facultatif)')}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-sm-6">{text('postalCode', 'Code postal')}</div>
        <div className="fr-col-12 fr-col-sm-6">{text('inseeCode', 'Code INSEE de la commune', 'Pas le code postal')}</div>
      </div>
      {text('phone', 'Téléphone (facultatif)')}
      <Checkbox
        legend="Services proposés"
        hintText="Au moins un"
        state={problems.services ? 'error' : 'default'}
        stateRelatedMessage={problems.services}
        options={Object.entries(MEDIATION_SERVICES).map(([value, label]) => ({
          label,
          nativeInputProps: { name: 'services', value, checked: form.services.includes(value), onChange: (e) => set('services', e.target.checked ? [...form.services, value] : form.services.filter((v) => v !== value)) },
        }))}
      />
      <ul className="fr-btns-group fr-btns-group--inline">
        <li>
          <Button type="submit" disabled={registering.loading}>
            {registering.loading ? 'Déclaration…' : 'Déclarer le lieu'}
          </Button>
        </li>
        {props.onCancel ? (
          <li>
            <Button type="button" priority="secondary" onClick={props.onCancel}>
              Annuler
            </Button>
          </li>
        ) : null}
      </ul>
      <div aria-live="polite" data-testid="declare-place-outcome">
        {failure ? <Alert severity="error" small description={failure} className="fr-mt-2w" /> : null}
      </div>
    </form>
  );
}
