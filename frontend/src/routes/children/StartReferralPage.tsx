import { Link, useParams } from "react-router";

import { StartReferralForm } from "@/features/referrals/components/StartReferralForm";
import { useDocumentTitle } from "@/lib/use-document-title";

export function StartReferralPage() {
  const { childId = "" } = useParams();
  useDocumentTitle("Start a referral");
  return (
    <>
      <Link className="govuk-back-link" to={`/children/${childId}`}>
        Back to the child’s page
      </Link>
      <h1 className="govuk-heading-l">Start a placement referral</h1>
      <StartReferralForm childId={childId} />
    </>
  );
}
