import { Link } from "react-router";

import { ColumnHeaders } from "@/components/table/ColumnHeaders";
import { formatDate } from "@/lib/format";
import { formatWeeklyFee } from "@/lib/money";
import { OFFER_STATUS_LABELS } from "@/lib/referral-labels";
import type { Offer } from "@/features/agency-portal/api/partner";

/** The agency's offers with the council's decision, each linking to its referral. */
export function OffersTable({ offers, caption }: { offers: readonly Offer[]; caption: string }) {
  if (offers.length === 0) return <p className="govuk-body">No offers yet.</p>;
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <ColumnHeaders
        columns={["Referral", "Household", "Weekly fee", "Available from", "Status"]}
      />
      <tbody className="govuk-table__body">
        {offers.map((offer) => (
          <tr className="govuk-table__row" key={offer.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/agency/referrals/${offer.referral_id}`}>
                {offer.referral_reference}
              </Link>
            </td>
            <td className="govuk-table__cell">{offer.household_reference}</td>
            <td className="govuk-table__cell">{formatWeeklyFee(offer.weekly_fee_pence)}</td>
            <td className="govuk-table__cell">{formatDate(offer.available_from)}</td>
            <td className="govuk-table__cell">
              {OFFER_STATUS_LABELS[offer.status]}
              {offer.decision?.reason ? `: ${offer.decision.reason}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
