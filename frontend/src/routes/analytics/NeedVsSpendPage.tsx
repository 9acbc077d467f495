import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearchParams } from "react-router";

import { teamsQueryOptions } from "@/features/admin-teams/api/teams";
import { filtersFrom, searchFor } from "@/features/value-analytics/api/need-vs-spend";
import { NeedVsSpendReport } from "@/features/value-analytics/components/NeedVsSpendReport";
import { useDocumentTitle } from "@/lib/use-document-title";

export function NeedVsSpendPage() {
  useDocumentTitle("Need vs spend");
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // Without the teams the team filter offers "All" only; the report itself still loads.
  const teams = useQuery(teamsQueryOptions);
  return (
    <>
      <Link className="govuk-back-link" to="/analytics">
        Back to analytics
      </Link>
      <span className="govuk-caption-l">Analytics</span>
      <h1 className="govuk-heading-l">Need vs spend</h1>
      <p className="govuk-body">
        For children in care with an approved assessment: does what the council spends on each child
        each week follow how much that child needs? Councils that measured it often found it did
        not.
      </p>
      <NeedVsSpendReport
        filters={filtersFrom(params)}
        teams={teams.data ?? []}
        onApply={(filters) => {
          void navigate(`/analytics/need-vs-spend${searchFor(filters)}`);
        }}
      />
    </>
  );
}
