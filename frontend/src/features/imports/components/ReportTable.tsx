import type { ReportLine } from "../api/imports";

interface ReportTableProps {
  caption: string;
  lines: readonly ReportLine[];
}

/** Rows of a report (rejected rows or warnings): file, line, child and why. */
export function ReportTable({ caption, lines }: ReportTableProps) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            File
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Line
          </th>
          <th scope="col" className="govuk-table__header">
            Child
          </th>
          <th scope="col" className="govuk-table__header">
            Reason
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {lines.map((line) => (
          <tr className="govuk-table__row" key={`${line.file}:${String(line.line)}:${line.reason}`}>
            <td className="govuk-table__cell">{line.file}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{line.line}</td>
            <td className="govuk-table__cell">{line.child ?? "Not read"}</td>
            <td className="govuk-table__cell">{line.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
