import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";

import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { pageNumberOf } from "../../../components/table/Pagination";
import { problemOf } from "../../../lib/problem";
import { referralListQueryOptions } from "../api/referrals";
import { ReferralTable } from "./ReferralTable";

// Its own name, so paging through the referrals leaves the rest of the child's page alone.
const PAGE_PARAM = "referralsPage";

interface ChildReferralsProps {
  childId: string;
  name: string;
  /** The child's page, which the page links keep. */
  basePath: string;
}

/** One child's placement referrals, most recently changed first. */
export function ChildReferrals({ childId, name, basePath }: ChildReferralsProps) {
  const [params] = useSearchParams();
  const page = pageNumberOf(params.get(PAGE_PARAM));
  const list = useQuery(referralListQueryOptions({ childId, page }));
  const hrefFor = (target: number) =>
    target > 1 ? `${basePath}?${PAGE_PARAM}=${String(target)}` : basePath;

  if (list.isError) return <ProblemMessage problem={problemOf(list.error, "The referrals")} />;
  if (!list.data) return <LoadingMessage>Loading referrals…</LoadingMessage>;
  if (list.data.total === 0) return <p className="govuk-body">No referrals for {name} yet.</p>;
  return (
    <ReferralTable
      results={list.data}
      showChild={false}
      caption={`Referrals for ${name}, most recently changed first`}
      hrefFor={hrefFor}
    />
  );
}
