import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { teamsQueryOptions } from "@/features/admin-teams/api/teams";
import { filterableRoles } from "@/features/admin-users/components/roles";
import { UserList } from "@/features/admin-users/components/UserList";
import { useAccount } from "@/features/session/api/me";
import { flashFrom } from "@/lib/flash";
import { useDocumentTitle } from "@/lib/use-document-title";

export function UsersPage() {
  useDocumentTitle("Users");
  const me = useAccount();
  const isCouncil = me.organisation.kind === "council";
  // Agencies have no teams; asking would only earn a 403.
  const teams = useQuery({ ...teamsQueryOptions, enabled: isCouncil });
  const flash = flashFrom(useLocation().state);

  return (
    <>
      {flash ? <NotificationBanner success heading={flash} /> : null}
      <h1 className="govuk-heading-l">Users</h1>
      <p className="govuk-body">The people of {me.organisation.name} who can sign in to Kindred.</p>
      <Link className="govuk-button" to="/admin/users/new" role="button" draggable={false}>
        Add a user
      </Link>
      <UserList roles={filterableRoles(me.organisation.kind)} teams={teams.data} />
    </>
  );
}
