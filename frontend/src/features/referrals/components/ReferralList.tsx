import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";

import { ColumnHeaders } from "../../../components/table/ColumnHeaders";
import { UrlFilterSelect } from "../../../components/forms/UrlFilterSelect";
import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { Pagination, rangeSummary } from "../../../components/table/Pagination";
import { childName } from "../../../lib/child-codes";
import { formatDate } from "../../../lib/format";
import { problemOf } from "../../../lib/problem";
import {
  PURPOSE_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUS_TAGS,
  type ReferralStatus,
  referralStatusText,
} from "../../../lib/referral-labels";
import { referralListQueryOptions } from "../api/referrals";

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
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const list = useQuery(referralListQueryOptions({ status, page }));
  const hrefFor = (target: number) => {
    const next = new URLSearchParams(status ? { status } : {});
    if (target > 1) next.set("page", String(target));
    const query = next.toString();
    return query ? `${basePath}?${query}` : basePath;
  };

  let body;
  if (list.isError) body = <ProblemMessage problem={problemOf(list.error, "The referrals")} />;
  else if (!list.data) body = <LoadingMessage>Loading referrals…</LoadingMessage>;
  else if (list.data.total === 0) {
    body = <p className="govuk-body">There are no referrals{status ? " with this status" : ""}.</p>;
  } else {
    const { items, total, page_size: pageSize } = list.data;
    body = (
      <>
        <p className="govuk-body">{rangeSummary(page, pageSize, total, "referrals")}</p>
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Referrals, most recently changed first
          </caption>
          <ColumnHeaders
            columns={["Referral", "Child", "Placement", "Needed by", "Status", "Offers"]}
          />
          <tbody className="govuk-table__body">
            {items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/referrals/${item.id}`}>
                    {item.reference}
                  </Link>
                </td>
                <td className="govuk-table__cell">{childName(item.child)}</td>
                <td className="govuk-table__cell">{PURPOSE_LABELS[item.purpose]}</td>
                <td className="govuk-table__cell">
                  {item.needed_by ? formatDate(item.needed_by) : "Not set"}
                </td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${REFERRAL_STATUS_TAGS[item.status]}`}>
                    {referralStatusText(item.status, item.outcome)}
                  </strong>
                </td>
                <td className="govuk-table__cell">{item.offers}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination page={page} pageSize={pageSize} total={total} hrefFor={hrefFor} />
      </>
    );
  }
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
