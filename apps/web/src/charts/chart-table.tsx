/** One row of a chart's numbers: what it is (the row header) and its values, already formatted. */
export interface ChartTableRow {
  key: string;
  header: string;
  cells: string[];
}

/**
 * A chart's numbers as a table that only screen readers see: the text alternative of a drawing whose bars and
 * points a listener cannot survey one by one. `columns` names the row header column first, then each value column.
 */
export function ChartTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: ChartTableRow[];
}) {
  return (
    <div className="visually-hidden">
      <table data-testid="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
