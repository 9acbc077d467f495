import { useLocation } from "react-router";

import { NotificationBanner } from "@/components/states/NotificationBanner";
import { ApprovalQueue } from "@/features/assessments/components/ApprovalQueue";
import { ReferralApprovalQueue } from "@/features/referrals/components/ReferralApprovalQueue";
import { flashFrom } from "@/lib/flash";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ApprovalsPage() {
  useDocumentTitle("Approvals");
  const flash = flashFrom(useLocation().state);
  return (
    <>
      {flash ? <NotificationBanner success heading={flash} /> : null}
      <h1 className="govuk-heading-l">Approvals</h1>
      <h2 className="govuk-heading-m">Assessments</h2>
      <p className="govuk-body">
        Assessments of your teams’ children waiting for a manager’s decision, the longest waiting
        first.
      </p>
      <ApprovalQueue />
      <h2 className="govuk-heading-m">Referrals</h2>
      <p className="govuk-body">
        Placement referrals waiting for a manager to approve and share them with partner agencies.
        Each shows exactly what the agencies will receive.
      </p>
      <ReferralApprovalQueue />
    </>
  );
}
