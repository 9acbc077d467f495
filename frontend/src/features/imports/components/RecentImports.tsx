import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

import { QueryView } from "@/components/states/QueryView";
import { formatDateTime } from "@/lib/format";
import { importsQueryOptions } from "@/features/imports/api/imports";
import { statusTag } from "./import-labels";

/** The council's recent imports, newest first, each linking to its report. */
export function RecentImports() {
  const imports = useQuery(importsQueryOptions);
  return (
    <QueryView query={imports} loading="Loading recent imports…" what="Recent imports">
      {(jobs) =>
        jobs.length === 0 ? (
          <p className="govuk-body">No imports yet.</p>
        ) : (
          <table className="govuk-table govuk-table--small-text-until-tablet">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Recent imports
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Started
                </th>
                <th scope="col" className="govuk-table__header">
                  Files
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Rows
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Rejected
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {jobs.map((job) => (
                <tr className="govuk-table__row" key={job.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/admin/imports/${job.id}`}>
                      {formatDateTime(job.created_at)}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    {job.header_filename}, {job.episodes_filename}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {job.rows_total.toLocaleString("en-GB")}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {job.rows_rejected.toLocaleString("en-GB")}
                  </td>
                  <td className="govuk-table__cell">
                    <strong className={statusTag(job).className}>{statusTag(job).text}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </QueryView>
  );
}
