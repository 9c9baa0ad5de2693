// Which programme a staff page works on: one of those the person's role is held in (the demo
// programme first), and the choice is kept for the tab's session so every page (orders, alerts,
// places) opens on the same programme.
import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { ErrorNotice } from './ErrorNotice';

export const DEMO_PROGRAMME_CODE = 'HDF-PASS-NUMERIQUE-2020';
const KEY = 'pass-numerique-console-programme';

const PROGRAMMES = gql`
  query ConsoleProgrammes {
    programmes {
      id
      code
      name
      endsOn
    }
  }
`;

export interface ProgrammeChoice {
  id: string;
  code: string;
  name: string;
  endsOn: string;
}

export function useProgrammeChoice(programmeIds?: string[]) {
  const { data, error, loading } = useQuery<{ programmes: ProgrammeChoice[] }>(PROGRAMMES);
  const [chosen, setChosen] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const all = data?.programmes ?? [];
  const offered = programmeIds ? all.filter((p) => programmeIds.includes(p.id)) : all;
  const programme = offered.find((p) => p.id === chosen) ?? offered.find((p) => p.code === DEMO_PROGRAMME_CODE) ?? offered[0];
  const choose = (id: string) => {
    sessionStorage.setItem(KEY, id);
    setChosen(id);
  };
  return { programme, offered, choose, error, loading };
}

export function ProgrammePicker(props: { choice: ReturnType<typeof useProgrammeChoice> }) {
  const { programme, offered, choose, error } = props.choice;
  if (error) return <ErrorNotice error={error} title="Les programmes n’ont pas pu être chargés" />;
  if (offered.length <= 1) return programme ? <p className="fr-text--lead">Programme <code>{programme.code}</code> — {programme.name}</p> : null;
  return (
    <Select label="Programme" nativeSelectProps={{ value: programme?.id ?? '', onChange: (e) => choose(e.target.value), name: 'programme' }}>
      {offered.map((p) => (
        <option key={p.id} value={p.id}>
          {p.code} — {p.name}
        </option>
      ))}
    </Select>
  );
}
