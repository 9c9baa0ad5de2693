// A programme's budget years as three series side by side: payment orders, receipts (credit notes
// and recoveries) and the net of both. Receipts are never subtracted from the payments' bar, and a
// year whose net is negative gets a bar below the zero line instead of none.
export interface BudgetYearFigures {
  budgetYear: number;
  payments: { cents: number; formatted: string };
  receipts: { cents: number; formatted: string };
  net: { cents: number; formatted: string };
}

export const BUDGET_SERIES = [
  { key: 'payments', label: 'paiements (mandats)', colour: '#000091' },
  { key: 'receipts', label: 'recettes (avoirs, reversements)', colour: '#b34000' },
  { key: 'net', label: 'net', colour: '#18753c' },
] as const;

const BAR = 34;
const GAP = 4;
const GROUP = 3 * BAR + 2 * GAP + 30;
const PLOT = 150;

export function BudgetYearsChart(props: { title: string; years: BudgetYearFigures[] }) {
  const values = props.years.flatMap((y) => BUDGET_SERIES.map((s) => y[s.key].cents));
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = Math.max(1, top - bottom);
  const zeroY = 10 + (PLOT * top) / span;
  const width = 20 + GROUP * props.years.length;
  const height = PLOT + 50;
  const description = props.years.map((y) => `${y.budgetYear} : ${BUDGET_SERIES.map((s) => `${s.label} ${y[s.key].formatted}`).join(', ')}`).join(' ; ');
  return (
    <figure className="console-columns" data-testid="budget-years-chart">
      <figcaption className="fr-text--bold">{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${props.title} — ${description}`}>
        {props.years.map((y, i) => {
          const x = 20 + i * GROUP;
          return (
            <g key={y.budgetYear}>
              {BUDGET_SERIES.map((s, j) => {
                const cents = y[s.key].cents;
                const size = (PLOT * Math.abs(cents)) / span;
                return (
                  <rect
                    key={s.key}
                    x={x + j * (BAR + GAP)}
                    y={cents >= 0 ? zeroY - size : zeroY}
                    width={BAR}
                    height={size}
                    fill={s.colour}
                    data-series={s.key}
                    data-year={y.budgetYear}
                    data-cents={cents}
                  />
                );
              })}
              <text x={x + (3 * BAR + 2 * GAP) / 2} y={height - 12} textAnchor="middle" className="console-columns__label">
                {y.budgetYear}
              </text>
            </g>
          );
        })}
        <line x1={10} x2={width - 10} y1={zeroY} y2={zeroY} stroke="currentColor" />
      </svg>
      <p className="fr-text--sm console-legend">
        {BUDGET_SERIES.map((s) => (
          <span key={s.key} className="fr-mr-2w">
            <svg width="14" height="14" aria-hidden="true" className="fr-mr-1v">
              <rect width="14" height="14" fill={s.colour} />
            </svg>
            {s.label}
          </span>
        ))}
      </p>
    </figure>
  );
}
