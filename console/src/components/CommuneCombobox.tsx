// The commune of residence, searched by the start of its name: an editable combobox with a list
// of suggestions (ARIA 1.2 pattern): arrows move through the list, Enter chooses, Escape closes,
// and the number of communes found is announced.
import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';

const SEARCH_COMMUNES = gql`
  query SearchCommunes($query: String!) {
    searchCommunes(query: $query, first: 8) {
      edges {
        node {
          level
          code
          name
          postalCodes
        }
      }
    }
  }
`;

export interface Commune {
  code: string;
  name: string;
}

function useDebounced<T>(value: T, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function CommuneCombobox(props: { label: string; hint?: string; value: Commune | undefined; onChange(commune: Commune | undefined): void; error?: string; name?: string }) {
  const id = useId();
  const [text, setText] = useState(props.value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const searched = useDebounced(text.trim(), 250);
  const found = useQuery<any>(SEARCH_COMMUNES, { variables: { query: searched }, skip: searched.length < 2 || props.value?.name === text });
  const options: Array<{ code: string; name: string; postalCodes: string[] }> = found.data?.searchCommunes.edges.map((e: any) => e.node) ?? [];
  const expanded = open && !props.value && options.length > 0;

  // A commune chosen by the form itself (a value given back) shows its name.
  useEffect(() => {
    if (!props.value) return;
    setText(props.value.name);
  }, [props.value]);

  const choose = (option: { code: string; name: string }) => {
    props.onChange({ code: option.code, name: option.name });
    setText(option.name);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status = searched.length < 2 || props.value ? '' : found.loading ? 'Recherche…' : `${options.length === 0 ? 'Aucune' : options.length} commune${options.length > 1 ? 's' : ''} trouvée${options.length > 1 ? 's' : ''}`;
  return (
    <div className={`fr-input-group console-combobox${props.error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={`${id}-input`}>
        {props.label}
        {props.hint ? <span className="fr-hint-text">{props.hint}</span> : null}
      </label>
      <input
        id={`${id}-input`}
        className={`fr-input${props.error ? ' fr-input--error' : ''}`}
        name={props.name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
          if (props.value) props.onChange(undefined);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Communes trouvées" className="console-combobox__list" hidden={!expanded} data-testid="commune-suggestions">
        {options.map((option, i) => (
          <li
            key={option.code}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'console-combobox__option--active' : undefined}
            // Chosen on mousedown, before the field's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.name} ({option.postalCodes[0] ?? option.code})
          </li>
        ))}
      </ul>
      <p className="fr-sr-only" role="status">
        {status}
      </p>
      {props.error ? (
        <p id={`${id}-error`} className="fr-error-text">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
