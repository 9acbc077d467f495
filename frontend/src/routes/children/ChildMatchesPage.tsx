import { Link, useParams } from "react-router";

import { MatchesView } from "@/features/matching/components/MatchesView";
import { useAccount } from "@/features/session/api/me";
import { can } from "@/lib/can";

export function ChildMatchesPage() {
  const { childId = "" } = useParams();
  const me = useAccount();

  return (
    <>
      <Link className="govuk-back-link" to={`/children/${childId}`}>
        Back to the child’s page
      </Link>
      <MatchesView
        childId={childId}
        assessmentsHref={`/children/${childId}#assessments`}
        canExclude={can(me, "children.update")}
      />
    </>
  );
}
