// Opening hours as people think of them, a grid of days and time ranges, written in the national
// standard's syntax (OpenStreetMap opening_hours). Values the grid cannot show (public holidays,
// seasons…) stay editable as text, checked by the same library as the API.
import { useEffect, useState } from 'react';
import { DAYS, emptyWeek, frenchOpeningHours, openingHoursOf, openingHoursProblem, weekOf, type TimeRange, type Week } from './opening-hours';

/** Two time ranges a day: morning and afternoon, the common case of a place's week. */
const SLOTS = 2;

export function OpeningHoursEditor(props: { value: string; onChange(value: string): void; error?: string; saved: string | null }) {
  const [week, setWeek] = useState<Week>(() => weekOf(props.value) ?? emptyWeek());
  const [advanced, setAdvanced] = useState(() => weekOf(props.value) === undefined);
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => void openingHoursProblem(props.value).then((found) => current && setProblem(found)), 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [props.value]);

  const changeWeek = (next: Week) => {
    setWeek(next);
    props.onChange(openingHoursOf(next));
  };
  const changeRange = (day: number, slot: number, end: keyof TimeRange, time: string) => {
    const ranges = Array.from({ length: SLOTS }, (_, i) => week[day][i] ?? { from: '', to: '' });
    ranges[slot] = { ...ranges[slot], [end]: time };
    changeWeek(week.map((r, d) => (d === day ? ranges : r)));
  };
  const mondayToWorkingDays = () => changeWeek(week.map((ranges, day) => (day >= 1 && day <= 4 ? week[0].map((r) => ({ ...r })) : ranges)));
  const savedInFrench = frenchOpeningHours(props.saved);
  const error = props.error ?? (problem ? `Horaires refusés par le format OpenStreetMap : ${problem}` : undefined);

  return (
    <fieldset className={`fr-fieldset console-hours${error ? ' fr-fieldset--error' : ''}`} aria-describedby="opening-hours-current">
      <legend className="fr-fieldset__legend">Horaires d’ouverture (facultatif)</legend>
      <p id="opening-hours-current" className="fr-text--sm fr-mb-1w" data-testid="opening-hours-current">
        {props.saved ? (savedInFrench ? `Horaires enregistrés : ${savedInFrench}.` : `Horaires enregistrés (format OpenStreetMap) : ${props.saved}`) : 'Aucun horaire enregistré.'}
      </p>
      {advanced ? (
        <p className="fr-text--sm">Ces horaires utilisent des règles que la grille ne montre pas (jours fériés, périodes…) : modifiez-les dans le champ ci-dessous, ou videz-le pour utiliser la grille.</p>
      ) : (
        <>
          <table className="console-hours__grid" data-testid="opening-hours-grid">
            <caption className="fr-sr-only">Plages horaires par jour : laissez vide un jour de fermeture</caption>
            <thead>
              <tr>
                <th scope="col">Jour</th>
                {Array.from({ length: SLOTS }, (_, slot) => (
                  <th key={slot} scope="col">
                    {slot === 0 ? 'Première plage' : 'Seconde plage (facultative)'}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DAYS.map((day, d) => (
                <tr key={day.key}>
                  <th scope="row">{day.name}</th>
                  {Array.from({ length: SLOTS }, (_, slot) => (
                    <td key={slot}>
                      {(['from', 'to'] as const).map((end, i) => (
                        <span key={end}>
                          {i === 1 ? <span aria-hidden="true"> – </span> : null}
                          <input
                            type="time"
                            className="fr-input"
                            aria-label={`${day.name}, ${slot === 0 ? 'première' : 'seconde'} plage, ${end === 'from' ? 'ouverture' : 'fermeture'}`}
                            value={week[d][slot]?.[end] ?? ''}
                            onChange={(e) => changeRange(d, slot, end, e.target.value)}
                          />
                        </span>
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-1w" onClick={mondayToWorkingDays}>
            Reprendre les horaires du lundi du mardi au vendredi
          </button>
        </>
      )}
      <div className={`fr-input-group fr-mt-2w${error ? ' fr-input-group--error' : ''}`}>
        <label className="fr-label" htmlFor="opening-hours-value">
          Horaires au format OpenStreetMap
          <span className="fr-hint-text">Écrits par la grille ; à modifier ici seulement pour des règles qu’elle ne montre pas (par exemple « PH off » : fermé les jours fériés).</span>
        </label>
        <input
          id="opening-hours-value"
          name="openingHours"
          className={`fr-input${error ? ' fr-input--error' : ''}`}
          autoComplete="off"
          aria-describedby={error ? 'opening-hours-error' : undefined}
          value={props.value}
          onChange={(e) => {
            const next = weekOf(e.target.value);
            setAdvanced(next === undefined);
            if (next) setWeek(next);
            props.onChange(e.target.value);
          }}
        />
        {error ? (
          <p id="opening-hours-error" className="fr-error-text">
            {error}
          </p>
        ) : null}
      </div>
      <p className="fr-text--sm" role="status" data-testid="opening-hours-preview">
        {!error && props.value.trim() ? (frenchOpeningHours(props.value) ? `Soit : ${frenchOpeningHours(props.value)}.` : 'Horaires valides.') : ''}
      </p>
    </fieldset>
  );
}
