import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";

import { PagedList } from "@/components/table/PagedList";
import { pageNumberOf } from "@/components/table/Pagination";
import { referralListQueryOptions } from "@/features/referrals/api/referrals";
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

  return (
    <PagedList
      query={list}
      loading="Loading referrals…"
      what="The referrals"
      noun={["referral", "referrals"]}
      empty={<p className="govuk-body">No referrals for {name} yet.</p>}
      hrefFor={hrefFor}
    >
      {({ items }) => (
        <ReferralTable
          items={items}
          showChild={false}
          caption={`Referrals for ${name}, most recently changed first`}
        />
      )}
    </PagedList>
  );
}
