import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";

import { UrlFilterSelect } from "@/components/forms/UrlFilterSelect";
import { PagedList } from "@/components/table/PagedList";
import { pageNumberOf } from "@/components/table/Pagination";
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from "@/lib/referral-labels";
import { referralListQueryOptions } from "@/features/referrals/api/referrals";
import { ReferralTable } from "./ReferralTable";

const STATUS_OPTIONS = [
  { value: "", label: "Any status" },
  ...Object.entries(REFERRAL_STATUS_LABELS).map(([value, label]) => ({ value, label })),
];

function statusOf(text: string | null): ReferralStatus | undefined {
  return text && text in REFERRAL_STATUS_LABELS ? (text as ReferralStatus) : undefined;
}

/** Referrals of the children you may see, filtered by status (the URL keeps the filter). */
export function ReferralList({ basePath }: { basePath: string }) {
  const [params] = useSearchParams();
  const status = statusOf(params.get("status"));
  const page = pageNumberOf(params.get("page"));
  const list = useQuery(referralListQueryOptions({ status, page }));
  const hrefFor = (target: number) => {
    const next = new URLSearchParams(status ? { status } : {});
    if (target > 1) next.set("page", String(target));
    const query = next.toString();
    return query ? `${basePath}?${query}` : basePath;
  };

  const body = (
    <PagedList
      query={list}
      loading="Loading referrals…"
      what="The referrals"
      noun={["referral", "referrals"]}
      empty={
        <p className="govuk-body">There are no referrals{status ? " with this status" : ""}.</p>
      }
      hrefFor={hrefFor}
    >
      {({ items }) => (
        <ReferralTable items={items} showChild caption="Referrals, most recently changed first" />
      )}
    </PagedList>
  );
  return (
    <>
      <UrlFilterSelect
        id="status-filter"
        label="Status"
        param="status"
        options={STATUS_OPTIONS}
        value={status ?? ""}
      />
      {body}
    </>
  );
}
