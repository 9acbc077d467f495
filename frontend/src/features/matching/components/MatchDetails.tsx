import type { ReactNode } from "react";
import { Link } from "react-router";

import { NeedsCapacityOverlay } from "@/components/needs-capacity/NeedsCapacityOverlay";
import type { Framework } from "@/lib/current-framework";
import { formatWeeklyFee } from "@/lib/money";
import type { HouseholdMatch } from "@/features/matching/api/matches";
import { distanceText, fitText } from "./match-labels";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

interface MatchDetailsProps {
  framework: Framework;
  childName: string;
  match: HouseholdMatch;
  /** The action to exclude the household, when the person may. */
  excludeAction?: ReactNode;
}

/** One ranked household opened up: the overlay, the verdicts, distance, fee and actions. */
export function MatchDetails({ framework, childName, match, excludeAction }: MatchDetailsProps) {
  const { household } = match;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <NeedsCapacityOverlay
          framework={framework}
          childName={childName}
          householdName={household.name}
          domains={match.domains}
        />
      </div>
      <div className="govuk-grid-column-one-third">
        <h3 className="govuk-heading-s">{household.name}</h3>
        <dl className="govuk-summary-list govuk-summary-list--no-border app-summary-compact">
          <Row label="Fit">{fitText(match.fit)} of the child’s need</Row>
          <Row label="Not met">{match.unmet_count}</Row>
          <Row label="Needing training or support">{match.support_count}</Row>
          <Row label="Distance">{distanceText(match.distance_miles, match.distance_km)}</Row>
          <Row label="Fee">{formatWeeklyFee(match.weekly_fee_pence)}</Row>
          <Row label="Provider">{household.agency_name ?? "In-house"}</Row>
          <Row label="Reference">{household.reference}</Row>
        </dl>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/carers/${household.id}`}>
            View {household.name}
          </Link>
        </p>
        {excludeAction}
      </div>
    </div>
  );
}
