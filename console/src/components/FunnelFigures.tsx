import { formatInteger, formatRate, usageRate } from '../format';

/**
 * A funnel in one line: the passes at its first stage for this reader (ordered for the public,
 * received for a distributor), handed out, used, and the usage rate.
 */
export function FunnelFigures({ first, firstLabel, handedOut, redeemed, testId }: { first: number; firstLabel: string; handedOut: number; redeemed: number; testId: string }) {
  return (
    <ul className="console-inline-figures" data-testid={testId}>
      <li>
        <strong>{formatInteger(first)}</strong> {firstLabel}
      </li>
      <li>
        <strong>{formatInteger(handedOut)}</strong> remis
      </li>
      <li>
        <strong>{formatInteger(redeemed)}</strong> utilisés
      </li>
      <li>
        <strong>{formatRate(usageRate(redeemed, handedOut))}</strong> taux d’utilisation
      </li>
    </ul>
  );
}
