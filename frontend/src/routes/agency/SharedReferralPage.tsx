import { Link, useParams } from "react-router";

import { SharedReferral } from "@/features/agency-portal/components/SharedReferral";
import { useDocumentTitle } from "@/lib/use-document-title";

export function SharedReferralPage() {
  const { referralId = "" } = useParams();
  useDocumentTitle("Shared referral");
  return (
    <>
      <Link className="govuk-back-link" to="/agency/referrals">
        Back to shared referrals
      </Link>
      <SharedReferral referralId={referralId} />
    </>
  );
}
