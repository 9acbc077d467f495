import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";

import { LoadingMessage } from "../../../components/states/LoadingMessage";
import { ProblemMessage } from "../../../components/states/ProblemMessage";
import { ColumnHeaders } from "../../../components/table/ColumnHeaders";
import { Pagination, pageNumberOf, rangeSummary } from "../../../components/table/Pagination";
import { childName } from "../../../lib/child-codes";
import { formatDate } from "../../../lib/format";
import { problemOf } from "../../../lib/problem";
import { PURPOSE_LABELS } from "../../../lib/referral-labels";
import { referralListQueryOptions } from "../api/referrals";

/** The page parameter of this queue, so it pages apart from the assessments beside it. */
const PAGE_PARAM = "referrals-page";

/** Referrals submitted for a manager's approval, each linked to what agencies would receive. */
export function ReferralApprovalQueue() {
  const [params] = useSearchParams();
  const page = pageNumberOf(params.get(PAGE_PARAM));
  const queue = useQuery(referralListQueryOptions({ status: "awaiting_approval", page }));
  if (queue.isError) return <ProblemMessage problem={problemOf(queue.error, "The referrals")} />;
  if (!queue.data) return <LoadingMessage>Loading referrals waiting for approval…</LoadingMessage>;
  const { items, total, page_size: pageSize } = queue.data;
  if (total === 0) {
    return <p className="govuk-body">There are no referrals waiting for approval.</p>;
  }
  return (
    <>
      <p className="govuk-body">{rangeSummary(page, pageSize, total, "referrals")}</p>
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
                  <span className="govuk-visually-hidden">: review what agencies will receive</span>
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
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        hrefFor={(target) =>
          target > 1 ? `/approvals?${PAGE_PARAM}=${String(target)}` : "/approvals"
        }
      />
    </>
  );
}
