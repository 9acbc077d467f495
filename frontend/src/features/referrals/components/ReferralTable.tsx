import { Link } from "react-router";

import { ColumnHeaders } from "../../../components/table/ColumnHeaders";
import { Pagination, rangeSummary } from "../../../components/table/Pagination";
import { childName } from "../../../lib/child-codes";
import { formatDate } from "../../../lib/format";
import {
  PURPOSE_LABELS,
  REFERRAL_STATUS_TAGS,
  referralStatusText,
} from "../../../lib/referral-labels";
import type { PageOfReferrals } from "../api/referrals";

interface ReferralTableProps {
  results: PageOfReferrals;
  /** Hidden for one child's referrals, where every row would name the same child. */
  showChild: boolean;
  caption: string;
  /** The address of another page of the same list. */
  hrefFor: (page: number) => string;
}

/** A page of referrals, each linked to its own page, with how many there are and the pages. */
export function ReferralTable({ results, showChild, caption, hrefFor }: ReferralTableProps) {
  const { items, page, page_size: pageSize, total } = results;
  const columns = [
    "Referral",
    ...(showChild ? ["Child"] : []),
    "Placement",
    "Needed by",
    "Status",
    "Offers",
    "Last changed",
  ];
  return (
    <>
      <p className="govuk-body">{rangeSummary(page, pageSize, total, "referrals")}</p>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <ColumnHeaders columns={columns} />
        <tbody className="govuk-table__body">
          {items.map((item) => (
            <tr className="govuk-table__row" key={item.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/referrals/${item.id}`}>
                  {item.reference}
                </Link>
              </td>
              {showChild ? <td className="govuk-table__cell">{childName(item.child)}</td> : null}
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
              <td className="govuk-table__cell">{formatDate(item.updated_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pageSize={pageSize} total={total} hrefFor={hrefFor} />
    </>
  );
}
