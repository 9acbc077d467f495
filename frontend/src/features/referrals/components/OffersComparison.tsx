import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { ColumnHeaders } from "@/components/table/ColumnHeaders";
import { NeedsCapacityOverlay } from "@/components/needs-capacity/NeedsCapacityOverlay";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { NotificationBanner } from "@/components/states/NotificationBanner";
import { ProblemMessage } from "@/components/states/ProblemMessage";
import { childName } from "@/lib/child-codes";
import { currentFrameworkQueryOptions } from "@/lib/current-framework";
import { formatDate } from "@/lib/format";
import { formatWeeklyFee } from "@/lib/money";
import { problemOf } from "@/lib/problem";
import { DISTANCE_BAND_LABELS, OFFER_STATUS_LABELS } from "@/lib/referral-labels";
import {
  type ComparedOffer,
  offersQueryOptions,
  type Referral,
} from "@/features/referrals/api/referrals";
import { OfferDecision } from "./OfferDecision";

/** "yes", "no", or "–" when the referral gives nothing to compare with. */
function against(value: boolean | null, yes: string, no: string) {
  if (value === null) return "";
  return value ? ` (${yes})` : ` (${no})`;
}

function ComparisonTable({ offers }: { offers: readonly ComparedOffer[] }) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--s">
        Offers side by side
      </caption>
      <ColumnHeaders
        columns={["Household", "Status", "Domains met", "Weekly fee", "Distance", "Available from"]}
      />
      <tbody className="govuk-table__body">
        {offers.map((offer) => (
          <tr className="govuk-table__row" key={offer.id}>
            <th scope="row" className="govuk-table__header">
              <a className="govuk-link" href={`#offer-${offer.id}`}>
                {offer.household_reference}
              </a>
              <span className="govuk-body-s app-block app-secondary-text">{offer.agency.name}</span>
            </th>
            <td className="govuk-table__cell">{OFFER_STATUS_LABELS[offer.status]}</td>
            <td className="govuk-table__cell">
              {offer.met_count} met, {offer.support_count} with support, {offer.unmet_count} not met
            </td>
            <td className="govuk-table__cell">
              {formatWeeklyFee(offer.weekly_fee_pence)}
              {against(offer.within_budget, "within budget", "over budget")}
            </td>
            <td className="govuk-table__cell">
              {DISTANCE_BAND_LABELS[offer.distance_band]}
              {against(offer.within_distance, "within range", "farther than wanted")}
            </td>
            <td className="govuk-table__cell">
              {formatDate(offer.available_from)}
              {against(offer.available_in_time, "in time", "after the date needed")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Every expression of interest on a referral: side by side, then each household's capacity
 * against the child's needs per domain (the verdicts matching uses), with the decisions.
 */
export function OffersComparison({ referral }: { referral: Referral }) {
  const [done, setDone] = useState<string>();
  const comparison = useQuery(offersQueryOptions(referral.id));
  const framework = useQuery(currentFrameworkQueryOptions);
  if (comparison.isError || framework.isError) {
    return (
      <ProblemMessage problem={problemOf(comparison.error ?? framework.error, "The offers")} />
    );
  }
  if (!comparison.data || !framework.data)
    return <LoadingMessage>Loading the offers…</LoadingMessage>;
  const { offers, ordering } = comparison.data;
  if (offers.length === 0) {
    return <p className="govuk-body">No agency has offered a household yet.</p>;
  }
  return (
    <>
      {done ? <NotificationBanner success heading={done} /> : null}
      <p className="govuk-body">{ordering}</p>
      <ComparisonTable offers={offers} />
      {offers.map((offer) => (
        <section
          key={offer.id}
          id={`offer-${offer.id}`}
          className="app-domain-block"
          aria-labelledby={`offer-heading-${offer.id}`}
        >
          <h2 className="govuk-heading-m" id={`offer-heading-${offer.id}`}>
            {offer.household_reference}, {offer.agency.name}
          </h2>
          <p className="govuk-body">
            <strong className="govuk-tag govuk-tag--grey">
              {OFFER_STATUS_LABELS[offer.status]}
            </strong>
            {offer.decision_reason ? ` ${offer.decision_reason}` : ""}
          </p>
          {offer.message ? <p className="govuk-body app-pre-line">{offer.message}</p> : null}
          <NeedsCapacityOverlay
            framework={framework.data}
            childName={childName(referral.child)}
            householdName={offer.household_reference}
            domains={offer.domains}
          />
          <OfferDecision referral={referral} offer={offer} onDone={setDone} />
        </section>
      ))}
    </>
  );
}
