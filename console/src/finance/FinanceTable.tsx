// A plain table of the finance pages: a caption, column headers, and each row's first cell as its row header.
export function FinanceTable(props: { testId?: string; caption: string; headers: string[]; rows: string[][] }) {
  return (
    <div className="fr-table fr-table--sm" data-testid={props.testId}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
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
          </div>
        </div>
      </div>
    </div>
  );
}
