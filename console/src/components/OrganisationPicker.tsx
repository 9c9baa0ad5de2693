// A person member of several organisations chooses the one they act for: the console then tells
// the API (X-PN-Organisation) and shows that organisation's pages.
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { PersonOrganisation } from '../session';

export function OrganisationPicker(props: { organisations: PersonOrganisation[]; actingFor?: string; onChoose(organisationId: string): void }) {
  if (props.organisations.length < 2) return null;
  return (
    <Select label="Structure pour laquelle vous agissez" className="console-narrow" nativeSelectProps={{ name: 'acting-organisation', value: props.actingFor, onChange: (e) => props.onChoose(e.target.value) }}>
      {props.organisations.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </Select>
  );
}
