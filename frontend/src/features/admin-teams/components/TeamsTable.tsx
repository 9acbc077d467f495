import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { formatDate } from "@/lib/format";
import { problemOf } from "@/lib/problem";
import { teamsQueryOptions } from "@/features/admin-teams/api/teams";

/** The council's teams with how many people are in each, and a way to rename each. */
export function TeamsTable() {
  const teams = useQuery(teamsQueryOptions);
  if (teams.isPending) return <LoadingMessage>Loading teams…</LoadingMessage>;
  if (teams.isError) {
    return <ProblemMessage problem={problemOf(teams.error, "Teams")} />;
  }
  if (teams.data.length === 0) return <p className="govuk-body">There are no teams yet.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {teams.data.length === 1 ? "1 team" : `${String(teams.data.length)} teams`}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            People
          </th>
          <th scope="col" className="govuk-table__header">
            Added
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {teams.data.map((team) => (
          <tr className="govuk-table__row" key={team.id}>
            <td className="govuk-table__cell">{team.name}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{team.member_count}</td>
            <td className="govuk-table__cell">{formatDate(team.created_at)}</td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/admin/teams/${team.id}`}>
                Rename<span className="govuk-visually-hidden"> {team.name}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
