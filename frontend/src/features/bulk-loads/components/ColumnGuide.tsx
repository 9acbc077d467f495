import { type BulkLoadKind, templateHref } from "@/features/bulk-loads/api/bulk-loads";

/** A kind's columns explained, with its templates to download. */
export function ColumnGuide({ kind }: { kind: BulkLoadKind }) {
  return (
    <>
      <h2 className="govuk-heading-m">{kind.title}: the columns</h2>
      <p className="govuk-body">{kind.summary}</p>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={templateHref(kind.name, "xlsx")} download>
            Download the {kind.title.toLowerCase()} template (XLSX, with this guide)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={templateHref(kind.name, "csv")} download>
            Download the {kind.title.toLowerCase()} template (CSV)
          </a>
        </li>
      </ul>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-visually-hidden">Columns of a {kind.title} file</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Column
            </th>
            <th scope="col" className="govuk-table__header">
              Required
            </th>
            <th scope="col" className="govuk-table__header">
              What to put in it
            </th>
            <th scope="col" className="govuk-table__header">
              Example
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {kind.columns.map((column) => (
            <tr className="govuk-table__row" key={column.name}>
              <th scope="row" className="govuk-table__header">
                <code>{column.name}</code>
              </th>
              <td className="govuk-table__cell">{column.required ? "Yes" : "No"}</td>
              <td className="govuk-table__cell">{column.meaning}</td>
              <td className="govuk-table__cell">{column.example}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
