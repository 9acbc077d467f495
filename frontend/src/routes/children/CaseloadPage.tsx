import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { teamsQueryOptions } from "@/features/admin-teams/api/teams";
import { Caseload } from "@/features/children/components/Caseload";
import { useAccount } from "@/features/session/api/me";
import { flashFrom } from "@/lib/flash";
import { useDocumentTitle } from "@/lib/use-document-title";

export function CaseloadPage() {
  useDocumentTitle("Children");
  const me = useAccount();
  const teams = useQuery(teamsQueryOptions);
  const flash = flashFrom(useLocation().state);
  const whose = me.role === "manager" ? "The children of your teams" : "The children you work with";

  return (
    <>
      {flash ? <NotificationBanner success heading={flash} /> : null}
      <h1 className="govuk-heading-l">Children</h1>
      <p className="govuk-body">
        {whose}, with their latest approved needs score and when they were last assessed.
      </p>
      <Link className="govuk-button" to="/children/new" role="button" draggable={false}>
        Add a child
      </Link>
      <Caseload teams={teams.data} />
    </>
  );
}
