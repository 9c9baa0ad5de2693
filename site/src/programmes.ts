// The programmes anyone may read (funding's public list), for the pages' choices.
import { useEffect, useState } from 'react';
import { graphql } from './api';

export interface ProgrammeChoice {
  id: string;
  code: string;
  name: string;
}

const PROGRAMMES = `query SiteProgrammes { programmes { id code name } }`;

export function useProgrammes(): { programmes: ProgrammeChoice[] | null; error: unknown } {
  const [programmes, setProgrammes] = useState<ProgrammeChoice[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    graphql<{ programmes: ProgrammeChoice[] }>(PROGRAMMES)
      .then((data) => setProgrammes(data.programmes))
      .catch(setError);
  }, []);
  return { programmes, error };
}
