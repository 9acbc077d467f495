import { useQuery } from "@tanstack/react-query";

import { ProblemMessage } from "@/components/states/ProblemMessage";
import { QueryView } from "@/components/states/QueryView";
import { formatDateTime } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import {
  type CouncilExport,
  councilExportsQueryOptions,
  inProgress,
  useStartCouncilExport,
} from "@/features/council-exports/api/council-exports";
import { STATUS_TAGS } from "./export-labels";
import { ExportProgress } from "./ExportProgress";

function sizeOf(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1000)).toLocaleString("en-GB")} KB`;
}

function ExportRow({ job }: { job: CouncilExport }) {
  const tag = STATUS_TAGS[job.status];
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">{formatDateTime(job.created_at)}</td>
      <td className="govuk-table__cell">
        <strong className={tag.className}>{tag.text}</strong>
      </td>
      <td className="govuk-table__cell govuk-table__cell--numeric">
        {job.rows_written.toLocaleString("en-GB")}
      </td>
      <td className="govuk-table__cell">
        {job.download_url ? (
          <a className="govuk-link" href={job.download_url} download>
            Download ZIP
            <span className="govuk-visually-hidden">
              {" "}
              of the export started {formatDateTime(job.created_at)}
            </span>
          </a>
        ) : (
          (job.message ?? "")
        )}
        {job.download_url && job.size_bytes !== null ? ` (${sizeOf(job.size_bytes)})` : null}
      </td>
    </tr>
  );
}

/** Start a whole-council export, follow the running one, and download finished ones. */
export function CouncilExports() {
  const exports = useQuery(councilExportsQueryOptions);
  const start = useStartCouncilExport();
  const running = exports.data?.find(inProgress);

  const list = (
    <QueryView query={exports} loading="Loading exports…" what="Exports">
      {(jobs) =>
        jobs.length === 0 ? (
          <p className="govuk-body">No exports yet.</p>
        ) : (
          <table className="govuk-table govuk-table--small-text-until-tablet">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Recent exports
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Started
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Rows
                </th>
                <th scope="col" className="govuk-table__header">
                  File
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {jobs.map((job) => (
                <ExportRow job={job} key={job.id} />
              ))}
            </tbody>
          </table>
        )
      }
    </QueryView>
  );

  return (
    <>
      {start.isError ? <ProblemMessage problem={problemOf(start.error, "The export")} /> : null}
      {running ? <ExportProgress job={running} /> : null}
      <button
        type="button"
        className="govuk-button"
        disabled={start.isPending || running !== undefined}
        aria-disabled={start.isPending || running !== undefined}
        onClick={() => {
          start.mutate();
        }}
      >
        {start.isPending ? "Starting the export…" : "Export the whole council"}
      </button>
      {list}
    </>
  );
}
