export interface FigureRow {
  key: string;
  /** The row's heading, e.g. a year or a placement type. */
  label: string;
  /** The row's figures as written, one per column after the first. */
  figures: readonly string[];
}

interface FigureTableProps {
  caption: string;
  /** The first column's heading, then one per figure. */
  headings: readonly [string, ...string[]];
  rows: readonly FigureRow[];
}

/** A chart's figures as a table: a heading per row, its figures right-aligned. */
export function FigureTable({ caption, headings, rows }: FigureTableProps) {
  const [first, ...rest] = headings;
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {first}
          </th>
          {rest.map((heading) => (
            <th
              key={heading}
              scope="col"
              className="govuk-table__header govuk-table__header--numeric"
            >
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <th scope="row" className="govuk-table__header">
              {row.label}
            </th>
            {row.figures.map((figure, index) => (
              <td
                key={rest[index] ?? index}
                className="govuk-table__cell govuk-table__cell--numeric"
              >
                {figure}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
