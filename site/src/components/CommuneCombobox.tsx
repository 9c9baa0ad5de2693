// A commune search following the ARIA combobox pattern (list autocomplete): typing proposes
// communes, the arrow keys move through them (announced by aria-activedescendant), Enter or a tap
// chooses one, Escape closes the list. Five digits are taken as a postal code without a list.
import { useEffect, useId, useRef, useState } from 'react';
import { graphql } from '../api';

export interface Commune {
  code: string;
  name: string;
  postalCodes: string[];
}

const SEARCH = `query SiteCommunes($query: String!) { searchCommunes(query: $query, first: 8) { edges { node { code name postalCodes } } } }`;

export function CommuneCombobox(props: { value: string; onText: (text: string) => void; onChoose: (commune: Commune) => void; error?: string }) {
  const id = useId();
  const listId = `${id}-list`;
  const [options, setOptions] = useState<Commune[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const text = props.value.trim();

  useEffect(() => {
    // Letters only: a postal code needs no list, and one or two letters match too much.
    if (text.length < 2 || /^\d+$/.test(text)) {
      setOptions([]);
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      graphql<{ searchCommunes: { edges: Array<{ node: Commune }> } }>(SEARCH, { query: text })
        .then((data) => {
          if (ticket !== latest.current) return;
          setOptions(data.searchCommunes.edges.map((e) => e.node));
          setActive(-1);
        })
        .catch(() => ticket === latest.current && setOptions([]));
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);

  const expanded = open && options.length > 0;
  const choose = (commune: Commune) => {
    props.onChoose(commune);
    setOpen(false);
    setActive(-1);
  };

  return (
    <div className={`fr-input-group site-combobox${props.error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        Commune ou code postal
        <span className="fr-hint-text">Par exemple : Amiens, ou 80000</span>
      </label>
      <input
        id={id}
        className={`fr-input${props.error ? ' fr-input--error' : ''}`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        value={props.value}
        onChange={(event) => {
          props.onText(event.target.value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && options.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((i) => (i + 1) % options.length);
          } else if (event.key === 'ArrowUp' && options.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
          } else if (event.key === 'Enter' && expanded && active >= 0) {
            event.preventDefault();
            choose(options[active]);
          } else if (event.key === 'Escape') {
            setOpen(false);
            setActive(-1);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Communes proposées" hidden={!expanded}>
        {options.map((commune, index) => (
          <li
            key={commune.code}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(commune);
            }}
          >
            {commune.name} ({commune.postalCodes[0] ?? commune.code.slice(0, 2)})
          </li>
        ))}
      </ul>
      <p className="fr-sr-only" aria-live="polite">
        {expanded ? `${options.length} commune${options.length > 1 ? 's' : ''} proposée${options.length > 1 ? 's' : ''} : flèches haut et bas pour choisir, Entrée pour valider.` : ''}
      </p>
      {props.error ? (
        <p id={`${id}-error`} className="fr-error-text">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
