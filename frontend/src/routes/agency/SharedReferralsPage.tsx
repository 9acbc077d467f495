import { SharedReferralList } from "@/features/agency-portal/components/SharedReferralList";
import { useDocumentTitle } from "@/lib/use-document-title";

export function SharedReferralsPage() {
  useDocumentTitle("Shared referrals");
  return (
    <>
      <h1 className="govuk-heading-l">Referrals shared with your agency</h1>
      <p className="govuk-body">
        Councils share a pseudonymous version of each referral: no name, date of birth or address.
      </p>
      <SharedReferralList />
    </>
  );
}
