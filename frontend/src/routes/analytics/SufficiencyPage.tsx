import { Link } from "react-router";

import { SufficiencyReport } from "@/features/market-analytics/components/SufficiencyReport";
import { useDocumentTitle } from "@/lib/use-document-title";

export function SufficiencyPage() {
  useDocumentTitle("Sufficiency");
  return (
    <>
      <Link className="govuk-back-link" to="/analytics">
        Back to analytics
      </Link>
      <span className="govuk-caption-l">Analytics</span>
      <h1 className="govuk-heading-l">Sufficiency</h1>
      <p className="govuk-body">
        Children’s needs per domain and level against the whole market’s capacity: where there are
        fewer places able to meet a level of need than children needing it.
      </p>
      <SufficiencyReport />
    </>
  );
}
