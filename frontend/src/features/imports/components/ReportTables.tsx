import { type ImportJob, inProgress, reportCsvHref } from "@/features/imports/api/imports";
import { ReportTable } from "./ReportTable";

/** The rejections and warnings of an import, each a paged table, and the report as CSV. */
export function ReportTables({ job }: { job: ImportJob }) {
  if (inProgress(job) || job.errors.length + job.warnings.length === 0) return null;
  return (
    <>
      <p className="govuk-body">
        <a className="govuk-link" href={reportCsvHref(job.id)} download>
          Download the report (CSV)
        </a>
      </p>
      {job.errors.length > 0 ? <ReportTable caption="Rejected rows" lines={job.errors} /> : null}
      {job.warnings.length > 0 ? (
        <ReportTable caption="Imported with a warning" lines={job.warnings} />
      ) : null}
    </>
  );
}
