import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { referralQueryOptions } from "@/features/referrals/api/referrals";
import { OffersComparison } from "@/features/referrals/components/OffersComparison";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";

export function OffersPage() {
  const { referralId = "" } = useParams();
  const referral = useQuery(referralQueryOptions(referralId));
  useDocumentTitle(referral.data ? `Offers for ${referral.data.reference}` : "Offers");
  let body;
  if (referral.isError)
    body = <ProblemMessage problem={problemOf(referral.error, "The referral")} />;
  else if (!referral.data) body = <LoadingMessage>Loading the referral…</LoadingMessage>;
  else {
    body = (
      <>
        <h1 className="govuk-heading-l">Offers for referral {referral.data.reference}</h1>
        <OffersComparison referral={referral.data} />
      </>
    );
  }
  return (
    <>
      <Link className="govuk-back-link" to={`/referrals/${referralId}`}>
        Back to the referral
      </Link>
      {body}
    </>
  );
}
