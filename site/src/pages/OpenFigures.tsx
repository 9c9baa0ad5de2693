// "Chiffres ouverts": each programme's figures by territory where beneficiaries live, under the
// small-count rule explained in plain words, and the downloads (figures by territory, places in
// the national standard).
import { useEffect, useState } from 'react';
import { graphql, serviceMessage } from '../api';
import { formatInteger, formatRate } from '../format';
import { usePage } from '../page';
import { useProgrammes } from '../programmes';

interface Row {
  territory: { level: string; code: string; name: string };
  peopleHelped: number | null;
  passesHandedOut: number | null;
  passesRedeemed: number | null;
  usageRate: number | null;
  suppression: 'PRIMARY' | 'SECONDARY' | null;
}
interface Figures {
  threshold: number;
  programme: Omit<Row, 'territory'>;
  rows: { nodes: Row[]; totalCount: number };
}

// The territory's level and code are asked for with its name: they are what identifies a territory.
// A hundred rows at most (the gateway bounds a query's cost); the CSV holds every territory.
const FIGURES = `query SiteOpenFigures($programmeId: ID!, $level: TerritoryLevel!) {
  openPassFigures(programmeId: $programmeId, level: $level, first: 100) {
    threshold
    programme { peopleHelped passesHandedOut passesRedeemed usageRate suppression }
    rows { totalCount nodes { territory { level code name } peopleHelped passesHandedOut passesRedeemed usageRate suppression } }
  }
}`;
const FIGURES_CSV = `query SiteOpenFiguresCsv($programmeId: ID!, $level: TerritoryLevel!) { openPassFiguresCsv(programmeId: $programmeId, level: $level) }`;
const PLACES_CSV = `query SitePlacesCsv($programmeId: ID) { placesCsv(programmeId: $programmeId) }`;

const LEVELS: Record<string, string> = { REGION: 'Région', DEPARTEMENT: 'Département', EPCI: 'Intercommunalité (EPCI)', COMMUNE: 'Commune' };

function shown(value: number | null, format: (n: number) => string): string {
  return value === null ? 'secret statistique' : format(value);
}

function download(name: string, text: string) {
  // A UTF-8 byte-order mark, so that spreadsheets read accents right.
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function OpenFigures() {
  const heading = usePage('Chiffres ouverts');
  const { programmes, error: programmesError } = useProgrammes();
  const [programmeId, setProgrammeId] = useState('');
  const [level, setLevel] = useState('DEPARTEMENT');
  const [figures, setFigures] = useState<Figures | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [downloading, setDownloading] = useState(false);
  const programme = programmes?.find((p) => p.id === programmeId) ?? programmes?.[0];

  useEffect(() => {
    if (!programme) return;
    // An answer for an earlier choice that arrives late is dropped.
    let current = true;
    setFigures(null);
    setProblem(undefined);
    graphql<{ openPassFigures: Figures | null }>(FIGURES, { programmeId: programme.id, level })
      .then((data) => current && setFigures(data.openPassFigures))
      .catch((error) => current && setProblem(serviceMessage(error)));
    return () => {
      current = false;
    };
  }, [programme, level]);

  const save = async (kind: 'figures' | 'places') => {
    if (!programme) return;
    setDownloading(true);
    try {
      if (kind === 'figures') {
        const data = await graphql<{ openPassFiguresCsv: string | null }>(FIGURES_CSV, { programmeId: programme.id, level });
        download(`pass-numerique-${programme.code}-${level.toLowerCase()}.csv`, data.openPassFiguresCsv ?? '');
      } else {
        const data = await graphql<{ placesCsv: string }>(PLACES_CSV, { programmeId: programme.id });
        download(`lieux-${programme.code}.csv`, data.placesCsv);
      }
    } catch (error) {
      setProblem(serviceMessage(error));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Chiffres ouverts
      </h1>
      <p className="fr-text--lead">Combien de personnes le pass a aidées, et combien de pass ont été remis et utilisés, selon le lieu où vivent les personnes.</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6 fr-select-group">
          <label className="fr-label" htmlFor="figures-programme">
            Programme
          </label>
          <select id="figures-programme" className="fr-select" value={programme?.id ?? ''} onChange={(e) => setProgrammeId(e.target.value)}>
            {(programmes ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-select-group">
          <label className="fr-label" htmlFor="figures-level">
            Par
          </label>
          <select id="figures-level" className="fr-select" value={level} onChange={(e) => setLevel(e.target.value)}>
            {Object.entries(LEVELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {programmesError || problem ? (
        <div className="fr-alert fr-alert--warning fr-alert--sm" role="alert">
          <p>{problem ?? serviceMessage(programmesError)}</p>
        </div>
      ) : null}
      {figures ? (
        <>
          <div className="fr-callout fr-my-3w">
            <h2 className="fr-callout__title fr-h5">Le secret statistique</h2>
            <p className="fr-callout__text fr-text--md">
              Aucun chiffre publié ne décrit moins de {figures.threshold} personnes : un chiffre plus petit permettrait de reconnaître quelqu’un. Il est alors remplacé par « secret statistique ». Quand un
              seul chiffre serait masqué, un second l’est aussi, pour qu’on ne puisse pas le retrouver en soustrayant les autres du total.
            </p>
          </div>
          <div className="fr-table fr-table--no-caption" data-testid="figures-table">
            <div className="fr-table__wrapper">
              {/* It scrolls sideways on a phone: reachable with the keyboard too. */}
              <div className="fr-table__container" tabIndex={0} role="region" aria-label="Tableau des chiffres (défilable)">
                <div className="fr-table__content">
                  <table>
                    <caption>
                      {programme?.name} : chiffres par {LEVELS[level].toLowerCase()} de résidence
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{LEVELS[level]}</th>
                        <th scope="col">Personnes aidées</th>
                        <th scope="col">Pass remis</th>
                        <th scope="col">Pass utilisés</th>
                        <th scope="col">Taux d’utilisation</th>
                      </tr>
                    </thead>
                    <tbody>
                      <tr>
                        <th scope="row">Tout le programme</th>
                        <td>{shown(figures.programme.peopleHelped, formatInteger)}</td>
                        <td>{shown(figures.programme.passesHandedOut, formatInteger)}</td>
                        <td>{shown(figures.programme.passesRedeemed, formatInteger)}</td>
                        <td>{shown(figures.programme.usageRate, formatRate)}</td>
                      </tr>
                      {figures.rows.nodes.map((row) => (
                        <tr key={`${row.territory.level}-${row.territory.code}`}>
                          <th scope="row">
                            {row.territory.name} ({row.territory.code})
                          </th>
                          <td>{shown(row.peopleHelped, formatInteger)}</td>
                          <td>{shown(row.passesHandedOut, formatInteger)}</td>
                          <td>{shown(row.passesRedeemed, formatInteger)}</td>
                          <td>{shown(row.usageRate, formatRate)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
          {figures.rows.totalCount > figures.rows.nodes.length ? (
            <p className="fr-text--sm">
              Le tableau montre les {figures.rows.nodes.length} premiers territoires sur {formatInteger(figures.rows.totalCount)} : le fichier CSV ci-dessous les contient tous.
            </p>
          ) : null}
        </>
      ) : programme && !problem ? (
        <p aria-live="polite">Chargement des chiffres…</p>
      ) : null}
      <h2 className="fr-h4 fr-mt-4w">Télécharger</h2>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void save('figures')} disabled={!programme || downloading}>
            Chiffres par {LEVELS[level].toLowerCase()} (CSV)
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void save('places')} disabled={!programme || downloading}>
            Lieux du programme, standard national (CSV)
          </button>
        </li>
      </ul>
      <p className="fr-text--sm">
        Fichiers CSV en UTF-8, séparés par des virgules. Les lieux suivent le standard national des lieux de médiation numérique ; ils ne contiennent aucune donnée personnelle.
      </p>
    </>
  );
}
