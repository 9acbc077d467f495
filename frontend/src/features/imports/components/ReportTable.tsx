import { useState } from "react";

import type { ReportLine } from "@/features/imports/api/imports";

export const REPORT_PAGE_SIZE = 50;

interface ReportTableProps {
  caption: string;
  lines: readonly ReportLine[];
}

/** Rows of a report (rejections or warnings): file, line, column, child, why and the DfE rule,
 * a page of 50 at a time with buttons to move between pages. */
export function ReportTable({ caption, lines }: ReportTableProps) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(lines.length / REPORT_PAGE_SIZE));
  const first = page * REPORT_PAGE_SIZE;
  const shown = lines.slice(first, first + REPORT_PAGE_SIZE);
  return (
    <>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {["File", "Line", "Column", "Child", "Reason", "DfE rule"].map((heading) => (
              <th
                key={heading}
                scope="col"
                className={`govuk-table__header${heading === "Line" ? " govuk-table__header--numeric" : ""}`}
              >
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {shown.map((line, index) => (
            <tr className="govuk-table__row" key={`${String(first + index)}:${line.reason}`}>
              <td className="govuk-table__cell">{line.file}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{line.line}</td>
              <td className="govuk-table__cell">{line.column ?? ""}</td>
              <td className="govuk-table__cell">{line.child ?? "Not read"}</td>
              <td className="govuk-table__cell">{line.reason}</td>
              <td className="govuk-table__cell">{line.rule ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav className="govuk-button-group" aria-label={`Pages of ${caption.toLowerCase()}`}>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={page === 0}
            onClick={() => {
              setPage(page - 1);
            }}
          >
            Previous<span className="govuk-visually-hidden"> page of {caption.toLowerCase()}</span>
          </button>
          <p className="govuk-body" aria-live="polite">
            Rows {(first + 1).toLocaleString("en-GB")} to{" "}
            {(first + shown.length).toLocaleString("en-GB")} of{" "}
            {lines.length.toLocaleString("en-GB")}
          </p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={page === pages - 1}
            onClick={() => {
              setPage(page + 1);
            }}
          >
            Next<span className="govuk-visually-hidden"> page of {caption.toLowerCase()}</span>
          </button>
        </nav>
      ) : null}
    </>
  );
}
