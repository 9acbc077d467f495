import type { ReactNode } from "react";

interface ChartWithTableProps {
  chart: ReactNode;
  /** The same figures as a table, shown beside the chart on request. */
  table: ReactNode;
  csvHref: string;
}

/** Every value chart: the chart, a CSV download of its figures, and a table view of them. */
export function ChartWithTable({ chart, table, csvHref }: ChartWithTableProps) {
  return (
    <>
      {chart}
      <p className="govuk-body">
        <a className="govuk-link" href={csvHref} download>
          Download these figures (CSV)
        </a>
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the figures as a table</span>
        </summary>
        <div className="govuk-details__text">{table}</div>
      </details>
    </>
  );
}
