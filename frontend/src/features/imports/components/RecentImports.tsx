import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { formatDateTime } from "../../../lib/format";
import { problemOf } from "../../../lib/problem";
import { importsQueryOptions } from "../api/imports";
import { statusTag } from "./import-labels";

/** The council's recent imports, newest first, each linking to its report. */
export function RecentImports() {
  const imports = useQuery(importsQueryOptions);
  if (imports.isPending) return <LoadingMessage>Loading recent imports…</LoadingMessage>;
  if (imports.isError) {
    return <ProblemMessage problem={problemOf(imports.error, "Recent imports")} />;
  }
  if (imports.data.length === 0) return <p className="govuk-body">No imports yet.</p>;
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--m">Recent imports</caption>
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
        {imports.data.map((job) => (
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
  );
}
