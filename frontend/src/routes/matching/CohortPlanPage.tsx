import { Link } from "react-router";

import { CohortPlanner } from "@/features/market-analytics/components/CohortPlanner";
import { useDocumentTitle } from "@/lib/use-document-title";

export function CohortPlanPage() {
  useDocumentTitle("Plan placements for a group of children");
  return (
    <>
      <Link className="govuk-back-link" to="/analytics">
        Back to analytics
      </Link>
      <span className="govuk-caption-l">Matching</span>
      <h1 className="govuk-heading-l">Plan placements for a group of children</h1>
      <p className="govuk-body">
        Suggests households for several children at once, so that scarce places go where they do the
        most good: first as many children placed as possible, then the best total fit. A household
        is suggested only if it leaves no need unmet and passes the same checks as matching.
      </p>
      <div className="govuk-inset-text">
        This is a suggestion for people to decide on. Nothing is placed, reserved or changed.
      </div>
      <CohortPlanner />
    </>
  );
}
