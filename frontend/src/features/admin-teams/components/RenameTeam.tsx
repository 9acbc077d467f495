import { useQuery } from "@tanstack/react-query";

import { ApiError } from "@/api/api-error";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { useDocumentTitle } from "@/lib/use-document-title";
import { type Team, teamsQueryOptions, useRenameTeam } from "@/features/admin-teams/api/teams";
import { TeamNameForm } from "./TeamNameForm";

const NOT_FOUND = {
  type: "about:blank",
  title: "Team not found",
  status: 404,
  detail: "There is no such team in your council. It may have been removed.",
};

interface RenameTeamProps {
  teamId: string;
  onRenamed: (team: Team) => void;
}

/** Renames one team. The API has no single-team read, so it is found in the list. */
export function RenameTeam({ teamId, onRenamed }: RenameTeamProps) {
  const teams = useQuery(teamsQueryOptions);
  const rename = useRenameTeam(teamId);
  const team = teams.data?.find((candidate) => candidate.id === teamId);
  useDocumentTitle(team ? `Rename ${team.name}` : "Rename a team");

  if (teams.isPending) return <LoadingMessage>Loading team…</LoadingMessage>;
  if (teams.isError) {
    return (
      <ProblemMessage problem={teams.error instanceof ApiError ? teams.error.problem : NOT_FOUND} />
    );
  }
  if (!team) return <ProblemMessage problem={NOT_FOUND} />;
  return (
    <TeamNameForm
      heading={<h1 className="govuk-heading-l">Rename {team.name}</h1>}
      label="New team name"
      submitLabel="Save name"
      defaultName={team.name}
      pending={rename.isPending}
      onSubmit={(name, { onError }) => {
        rename.mutate(name, { onSuccess: onRenamed, onError });
      }}
    />
  );
}
