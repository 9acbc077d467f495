import { Link } from "react-router";

import { TrainingGapsReport } from "@/features/market-analytics/components/TrainingGapsReport";
import { useDocumentTitle } from "@/lib/use-document-title";

export function TrainingGapsPage() {
  useDocumentTitle("Training gaps");
  return (
    <>
      <Link className="govuk-back-link" to="/analytics">
        Back to analytics
      </Link>
      <span className="govuk-caption-l">Analytics</span>
      <h1 className="govuk-heading-l">Training gaps</h1>
      <p className="govuk-body">
        Which training would open a household that meets all their needs to the most children.
      </p>
      <TrainingGapsReport />
    </>
  );
}
