import { ReferralList } from "@/features/referrals/components/ReferralList";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ReferralsPage() {
  useDocumentTitle("Referrals");
  return (
    <>
      <h1 className="govuk-heading-l">Placement referrals</h1>
      <p className="govuk-body">
        Start a referral from a child’s page. Managers find the referrals waiting for them under
        “Awaiting approval”.
      </p>
      <ReferralList basePath="/referrals" />
    </>
  );
}
