import { useLocation } from "react-router";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { AddTeam } from "@/features/admin-teams/components/AddTeam";
import { TeamsTable } from "@/features/admin-teams/components/TeamsTable";
import { flashFrom } from "@/lib/flash";
import { useDocumentTitle } from "@/lib/use-document-title";

export function TeamsPage() {
  useDocumentTitle("Teams");
  const flash = flashFrom(useLocation().state);
  return (
    <>
      {flash ? <NotificationBanner success heading={flash} /> : null}
      <h1 className="govuk-heading-l">Teams</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AddTeam />
          <TeamsTable />
        </div>
      </div>
    </>
  );
}
