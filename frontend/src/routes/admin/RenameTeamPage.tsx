import { Link, useNavigate, useParams } from "react-router";

import { RenameTeam } from "@/features/admin-teams/components/RenameTeam";
import { flashState } from "@/lib/flash";

export function RenameTeamPage() {
  const { teamId = "" } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <Link className="govuk-back-link" to="/admin/teams">
        Back to teams
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <RenameTeam
            teamId={teamId}
            onRenamed={(team) => {
              void navigate("/admin/teams", {
                state: flashState(`The team is now called ${team.name}.`),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}
