import { Link } from "react-router";

import { StepDownReport } from "@/features/market-analytics/components/StepDownReport";
import { useDocumentTitle } from "@/lib/use-document-title";

export function StepDownPage() {
  useDocumentTitle("Step-down finder");
  return (
    <>
      <Link className="govuk-back-link" to="/analytics">
        Back to analytics
      </Link>
      <span className="govuk-caption-l">Analytics</span>
      <h1 className="govuk-heading-l">Step-down finder</h1>
      <p className="govuk-body">
        Children in residential care whose latest approved needs a family with a vacancy could fully
        meet. A child with any need at the highest level is never proposed.
      </p>
      <StepDownReport />
    </>
  );
}
