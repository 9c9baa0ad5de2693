// The finance pages' tables in the DSFR's frame. The container scrolls sideways on a narrow screen, so it
// takes the keyboard's focus to be scrolled.
import type { ReactNode } from 'react';

export function TableFrame(props: { testId?: string; small?: boolean; children: ReactNode }) {
  return (
    <div className={props.small ? 'fr-table fr-table--sm' : 'fr-table'} data-testid={props.testId}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container" tabIndex={0}>
          <div className="fr-table__content">{props.children}</div>
        </div>
      </div>
    </div>
  );
}

/** A plain table: a caption, column headers, and each row's first cell as its row header. */
export function FinanceTable(props: { testId?: string; caption: string; headers: string[]; rows: string[][] }) {
  return (
    <TableFrame testId={props.testId} small>
            <table>
              <caption>{props.caption}</caption>
              <thead>
                <tr>
                  {props.headers.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.rows.length === 0 ? (
                  <tr>
                    <td colSpan={props.headers.length}>Aucun.</td>
                  </tr>
                ) : (
                  props.rows.map((row, i) => (
                    <tr key={i}>
                      <th scope="row">{row[0]}</th>
                      {row.slice(1).map((cell, j) => (
                        <td key={j}>{cell}</td>
                      ))}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
    </TableFrame>
  );
}
