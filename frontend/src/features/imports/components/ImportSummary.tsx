import { formatDateTime, pluralise } from "@/lib/format";
import { type ImportJob, inProgress } from "@/features/imports/api/imports";
import { CountsTable } from "./CountsTable";
import { ImportProgress } from "./ImportProgress";
import { statusTag } from "./import-labels";
import { ReportTables } from "./ReportTables";

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
  return (
    <>
      <CountsTable caption={job.dry_run ? "What would change" : "What changed"} counts={counts} />
      <p className="govuk-body">
        {pluralise(counts.children_status_changed, "child’s", "children’s")} care status or
        placement {job.dry_run ? "would follow" : "followed"} their episodes. Took{" "}
        {(counts.duration_ms / 1000).toFixed(1)} seconds.
      </p>
    </>
  );
}

/** An import's outcome: its status, what it created, updated and left, and every bad row. */
export function ImportSummary({ job }: { job: ImportJob }) {
  const tag = statusTag(job);
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
            job.dry_run
              ? "A preview: nothing is written"
              : job.valid_rows_only
                ? "Import the valid rows"
                : "Import nothing",
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
      <ReportTables job={job} />
    </>
  );
}
