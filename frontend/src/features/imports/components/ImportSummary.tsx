import { formatDateTime, pluralise } from "../../../lib/format";
import { type ImportJob, inProgress } from "../api/imports";
import { ImportProgress } from "./ImportProgress";
import { STATUS_TAGS } from "./import-labels";
import { ReportTable } from "./ReportTable";

function count(value: number): string {
  return value.toLocaleString("en-GB");
}

function Outcome({ job }: { job: ImportJob }) {
  if (job.status === "rejected") {
    return (
      <p className="govuk-body">
        {pluralise(job.rows_rejected, "row")} could not be imported, so nothing was written. Fix
        them and upload the files again, or choose to import the valid rows.
      </p>
    );
  }
  if (job.status === "failed") {
    return (
      <p className="govuk-body">
        The import stopped before it finished, so nothing was written.{" "}
        {job.message ?? "Try again; if it happens again, tell your system administrator."}
      </p>
    );
  }
  if (!job.counts) return null;
  const { counts } = job;
  const rows = [
    ["Children", counts.children_created, counts.children_updated, counts.children_unchanged],
    [
      "Placement episodes",
      counts.episodes_created,
      counts.episodes_updated,
      counts.episodes_unchanged,
    ],
  ] as const;
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">What changed</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <td className="govuk-table__header" />
            {["Created", "Updated", "Unchanged"].map((heading) => (
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
          {rows.map(([what, ...figures]) => (
            <tr className="govuk-table__row" key={what}>
              <th scope="row" className="govuk-table__header">
                {what}
              </th>
              {figures.map((figure, index) => (
                <td key={index} className="govuk-table__cell govuk-table__cell--numeric">
                  {figure.toLocaleString("en-GB")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        {pluralise(counts.children_status_changed, "child’s", "children’s")} care status or
        placement followed their latest episode. Took {(counts.duration_ms / 1000).toFixed(1)}{" "}
        seconds.
      </p>
    </>
  );
}

/** An import's outcome: its status, what it created, updated and left, and every bad row. */
export function ImportSummary({ job }: { job: ImportJob }) {
  const tag = STATUS_TAGS[job.status];
  return (
    <>
      <p className="govuk-body">
        <strong className={tag.className}>{tag.text}</strong>
      </p>
      <dl className="govuk-summary-list">
        {[
          ["Files", `${job.header_filename} and ${job.episodes_filename}`],
          [
            "If some rows are wrong",
            job.valid_rows_only ? "Import the valid rows" : "Import nothing",
          ],
          ["Rows", `${count(job.rows_total)} (${count(job.rows_rejected)} rejected)`],
          ["Started", formatDateTime(job.created_at)],
        ].map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {inProgress(job) ? (
        <ImportProgress stage={job.stage} done={job.rows_processed} total={job.rows_total} />
      ) : (
        <Outcome job={job} />
      )}
      {job.errors.length > 0 ? <ReportTable caption="Rejected rows" lines={job.errors} /> : null}
      {job.warnings.length > 0 ? (
        <ReportTable caption="Imported with a warning" lines={job.warnings} />
      ) : null}
    </>
  );
}
