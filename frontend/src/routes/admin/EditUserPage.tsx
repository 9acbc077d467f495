import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";

import { teamsQueryOptions } from "@/features/admin-teams/api/teams";
import { assignableRoles } from "@/features/admin-users/components/roles";
import { UserEditor } from "@/features/admin-users/components/UserEditor";
import { useAccount } from "@/features/session/api/me";
import { flashState } from "@/lib/flash";

export function EditUserPage() {
  const { userId = "" } = useParams();
  const me = useAccount();
  const navigate = useNavigate();
  const isCouncil = me.organisation.kind === "council";
  const teams = useQuery({ ...teamsQueryOptions, enabled: isCouncil });

  return (
    <>
      <Link className="govuk-back-link" to="/admin/users">
        Back to users
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <UserEditor
            userId={userId}
            roles={assignableRoles(me.organisation.kind)}
            teams={teams.data}
            onSaved={(user) => {
              void navigate("/admin/users", {
                state: flashState(`Changes to ${user.display_name} have been saved.`),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}
