import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";

import { ColumnHeaders } from "@/components/table/ColumnHeaders";
import { PagedList } from "@/components/table/PagedList";
import { pageNumberOf } from "@/components/table/Pagination";
import { childName } from "@/lib/child-codes";
import { formatDate } from "@/lib/format";
import { PURPOSE_LABELS } from "@/lib/referral-labels";
import { referralListQueryOptions } from "@/features/referrals/api/referrals";

/** The page parameter of this queue, so it pages apart from the assessments beside it. */
const PAGE_PARAM = "referrals-page";

/** Referrals submitted for a manager's approval, each linked to what agencies would receive. */
export function ReferralApprovalQueue() {
  const [params] = useSearchParams();
  const page = pageNumberOf(params.get(PAGE_PARAM));
  const queue = useQuery(referralListQueryOptions({ status: "awaiting_approval", page }));
  return (
    <PagedList
      query={queue}
      loading="Loading referrals waiting for approval…"
      what="The referrals"
      noun={["referral", "referrals"]}
      empty={<p className="govuk-body">There are no referrals waiting for approval.</p>}
      hrefFor={(target) =>
        target > 1 ? `/approvals?${PAGE_PARAM}=${String(target)}` : "/approvals"
      }
    >
      {({ items }) => (
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Referrals waiting for approval
          </caption>
          <ColumnHeaders columns={["Referral", "Child", "Placement", "Needed by", "Submitted"]} />
          <tbody className="govuk-table__body">
            {items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/approvals/referrals/${item.id}`}>
                    {item.reference}
                    <span className="govuk-visually-hidden">
                      : review what agencies will receive
                    </span>
                  </Link>
                </td>
                <td className="govuk-table__cell">{childName(item.child)}</td>
                <td className="govuk-table__cell">{PURPOSE_LABELS[item.purpose]}</td>
                <td className="govuk-table__cell">
                  {item.needed_by ? formatDate(item.needed_by) : "Not set"}
                </td>
                <td className="govuk-table__cell">
                  {item.submitted_at ? formatDate(item.submitted_at) : "–"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PagedList>
  );
}
