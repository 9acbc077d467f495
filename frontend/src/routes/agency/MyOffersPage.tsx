import { useQuery } from "@tanstack/react-query";

import { LoadingMessage } from "@/components/states/LoadingMessage";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { myOffersQueryOptions } from "@/features/agency-portal/api/partner";
import { OffersTable } from "@/features/agency-portal/components/OffersTable";
import { problemOf } from "@/lib/problem";
import { useDocumentTitle } from "@/lib/use-document-title";

export function MyOffersPage() {
  useDocumentTitle("Your offers");
  const offers = useQuery(myOffersQueryOptions());
  let body;
  if (offers.isError) body = <ProblemMessage problem={problemOf(offers.error, "Your offers")} />;
  else if (!offers.data) body = <LoadingMessage>Loading your offers…</LoadingMessage>;
  else
    body = <OffersTable offers={offers.data.items} caption="Your agency’s offers, newest first" />;
  return (
    <>
      <h1 className="govuk-heading-l">Your offers</h1>
      {body}
    </>
  );
}
