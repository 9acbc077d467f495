import type { NeedsRow } from "./needs-rows";

interface NeedsTableProps {
  caption: string;
  rows: readonly NeedsRow[];
  /** The change column's heading, e.g. "Change since 20 September 2024"; none, no column. */
  changeHeading?: string | undefined;
}

function arrowFor(change: number | null): string {
  if (change === null) return "";
  return change > 0 ? "▲ " : change < 0 ? "▼ " : "";
}

/**
 * The needs wheel's figures as a table: level (with its label), change and strength per
 * domain, in the wheel's order. Changes are told in words; the arrows only decorate.
 */
export function NeedsTable({ caption, rows, changeHeading }: NeedsTableProps) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet app-needs-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Domain
          </th>
          <th scope="col" className="govuk-table__header">
            Level of need
          </th>
          {changeHeading ? (
            <th scope="col" className="govuk-table__header">
              {changeHeading}
            </th>
          ) : null}
          <th scope="col" className="govuk-table__header">
            Strength
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <th scope="row" className="govuk-table__header app-table__header--normal">
              {row.name}
            </th>
            <td className="govuk-table__cell">{row.levelText}</td>
            {changeHeading ? (
              <td className="govuk-table__cell">
                <span aria-hidden="true">{arrowFor(row.change)}</span>
                {row.change !== null && row.change !== 0 ? (
                  <strong>{row.changeText}</strong>
                ) : (
                  row.changeText
                )}
              </td>
            ) : null}
            <td className="govuk-table__cell">{row.strengthText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
