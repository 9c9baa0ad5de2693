// Bar charts drawn with plain elements (no chart library): each bar has its value written
// beside it, so the chart reads without colour and a screen reader gets the numbers.
export interface Bar {
  label: string;
  value: number;
  display: string;
}

export function HorizontalBars(props: { title: string; bars: Bar[]; max?: number }) {
  const max = props.max ?? Math.max(1, ...props.bars.map((b) => b.value));
  return (
    <figure className="console-bars" aria-label={props.title}>
      <figcaption className="fr-text--bold">{props.title}</figcaption>
      <ul>
        {props.bars.map((bar) => (
          <li key={bar.label}>
            <span className="console-bars__label">{bar.label}</span>
            <span className="console-bars__track" aria-hidden="true">
              <span className="console-bars__bar" style={{ width: `${(100 * bar.value) / max}%` }} />
            </span>
            <span className="console-bars__value">{bar.display}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Planned against actual, one pair of columns per year, as SVG. */
export function PairedColumns(props: { title: string; groups: Array<{ label: string; planned: number; actual: number; plannedText: string; actualText: string }> }) {
  const max = Math.max(1, ...props.groups.flatMap((g) => [g.planned, g.actual]));
  const width = 110 * props.groups.length + 20;
  const height = 180;
  const scale = (v: number) => (130 * v) / max;
  return (
    <figure className="console-columns">
      <figcaption className="fr-text--bold">{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${props.title} : ${props.groups.map((g) => `${g.label} prévu ${g.plannedText}, réalisé ${g.actualText}`).join(' ; ')}`}>
        {props.groups.map((g, i) => {
          const x = 20 + i * 110;
          return (
            <g key={g.label}>
              <rect x={x} y={150 - scale(g.planned)} width={40} height={scale(g.planned)} className="console-columns__planned" />
              <rect x={x + 44} y={150 - scale(g.actual)} width={40} height={scale(g.actual)} className="console-columns__actual" />
              <text x={x + 42} y={170} textAnchor="middle" className="console-columns__label">
                {g.label}
              </text>
            </g>
          );
        })}
        <line x1={10} x2={width - 10} y1={150} y2={150} stroke="currentColor" />
      </svg>
      <p className="fr-text--sm console-legend">
        <span className="console-swatch console-columns__planned" aria-hidden="true" /> prévu (échéancier) <span className="console-swatch console-columns__actual" aria-hidden="true" /> réalisé (paiements)
      </p>
    </figure>
  );
}
