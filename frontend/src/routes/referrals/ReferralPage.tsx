import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { referralQueryOptions } from "@/features/referrals/api/referrals";
import { ReferralOverview } from "@/features/referrals/components/ReferralOverview";
import { useAccount } from "@/features/session/api/me";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ReferralPage() {
  const { referralId = "" } = useParams();
  const me = useAccount();
  const referral = useQuery(referralQueryOptions(referralId));
  useDocumentTitle(referral.data ? `Referral ${referral.data.reference}` : "Referral");
  let body;
  if (referral.isError)
    body = <ProblemMessage problem={problemOf(referral.error, "The referral")} />;
  else if (!referral.data) body = <LoadingMessage>Loading the referral…</LoadingMessage>;
  else body = <ReferralOverview referral={referral.data} me={me} />;
  return (
    <>
      <Link className="govuk-back-link" to="/referrals">
        Back to referrals
      </Link>
      {body}
    </>
  );
}
