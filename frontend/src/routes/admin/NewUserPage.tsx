import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";

import { teamsQueryOptions } from "@/features/admin-teams/api/teams";
import { NewUserForm } from "@/features/admin-users/components/NewUserForm";
import { assignableRoles } from "@/features/admin-users/components/roles";
import { useAccount } from "@/features/session/api/me";
import { flashState } from "@/lib/flash";

export function NewUserPage() {
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
          <NewUserForm
            roles={assignableRoles(me.organisation.kind)}
            teams={teams.data}
            onCreated={(user) => {
              void navigate("/admin/users", {
                state: flashState(`${user.display_name} has been added.`),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}
