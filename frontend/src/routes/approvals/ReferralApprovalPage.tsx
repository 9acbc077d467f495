import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";

import { SharedReferralView } from "@/components/referral-snapshot/SharedReferralView";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { previewQueryOptions, referralQueryOptions } from "@/features/referrals/api/referrals";
import { ApprovalPanel } from "@/features/referrals/components/ApprovalPanel";
import { IdentifyingDetailsFound } from "@/features/referrals/components/IdentifyingDetailsFound";
import { useAccount } from "@/features/session/api/me";
import { childName } from "@/lib/child-codes";
import { flashState } from "@/lib/flash";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";
import { ApprovalLayout } from "./ApprovalLayout";

/**
 * A submitted referral as a manager decides on it: exactly the snapshot each agency will
 * receive (the component the agency portal shows), the identifying-details check, then the
 * decision.
 */
export function ReferralApprovalPage() {
  const { referralId = "" } = useParams();
  const navigate = useNavigate();
  const me = useAccount();
  const referral = useQuery(referralQueryOptions(referralId));
  const version = referral.data?.version ?? 0;
  const preview = useQuery({
    ...previewQueryOptions(referralId, version),
    enabled: version > 0,
  });
  useDocumentTitle(
    referral.data ? `Approve referral ${referral.data.reference}` : "Approve a referral",
  );

  let body;
  const error = referral.error ?? preview.error;
  if (error) body = <ProblemMessage problem={problemOf(error, "The referral")} />;
  else if (!referral.data || !preview.data) {
    body = <LoadingMessage>Loading the referral…</LoadingMessage>;
  } else {
    body = (
      <>
        <span className="govuk-caption-l">{childName(referral.data.child)}</span>
        <h1 className="govuk-heading-l">Approve referral {referral.data.reference}</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/referrals/${referral.data.id}`}>
            The referral’s page
          </Link>
        </p>
        <h2 className="govuk-heading-m">Check for identifying details</h2>
        <IdentifyingDetailsFound referral={referral.data} />
        <h2 className="govuk-heading-m">What each agency will receive</h2>
        <div className="app-domain-block" data-testid="agency-snapshot">
          <SharedReferralView snapshot={preview.data} />
        </div>
        {referral.data.status === "awaiting_approval" ? (
          <ApprovalPanel
            referral={referral.data}
            me={me}
            onDecided={(message) => {
              void navigate("/approvals", { state: flashState(message) });
            }}
          />
        ) : (
          <p className="govuk-body">This referral is no longer waiting for approval.</p>
        )}
      </>
    );
  }
  return <ApprovalLayout>{body}</ApprovalLayout>;
}
