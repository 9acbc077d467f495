import { Link } from "react-router";

import { ColumnHeaders } from "@/components/table/ColumnHeaders";
import { childName } from "@/lib/child-codes";
import { formatDate } from "@/lib/format";
import { PURPOSE_LABELS, REFERRAL_STATUS_TAGS, referralStatusText } from "@/lib/referral-labels";
import type { ReferralListItem } from "@/features/referrals/api/referrals";

interface ReferralTableProps {
  items: readonly ReferralListItem[];
  /** Hidden for one child's referrals, where every row would name the same child. */
  showChild: boolean;
  caption: string;
}

/** A page of referrals, each linked to its own page. */
export function ReferralTable({ items, showChild, caption }: ReferralTableProps) {
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
  );
}
