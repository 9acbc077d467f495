import type { ReactNode } from "react";

import { CARE_STATUS_LABELS, childName, placementTypeText } from "@/lib/child-codes";
import { formatDate } from "@/lib/format";
import type { Child } from "@/features/children/api/children";
import { TrendText } from "./TrendText";

interface ChildHeaderProps {
  child: Child;
  /** The page's actions, under the summary. */
  actions?: ReactNode;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** Who the child is: name, age and status at a glance, as the top of their page. */
export function ChildHeader({ child, actions }: ChildHeaderProps) {
  const knownAs = child.preferred_name ? ` (known as ${child.preferred_name})` : "";
  return (
    <>
      <span className="govuk-caption-l">
        {CARE_STATUS_LABELS[child.care_status]} · {child.team.name}
      </span>
      <h1 className="govuk-heading-l">{childName(child)}</h1>
      <dl className="govuk-summary-list govuk-summary-list--no-border app-child-summary">
        <Row label="Age">
          {child.age} (born {formatDate(child.date_of_birth)})
        </Row>
        <Row label="Full name">
          {child.given_name} {child.family_name}
          {knownAs}
        </Row>
        <Row label="Local id">{child.local_child_id}</Row>
        <Row label="Placement">{placementTypeText(child.placement_type)}</Row>
        <Row label="Allocated worker">
          {child.allocated_worker?.display_name ?? "Not allocated"}
        </Row>
        <Row label="Needs score">
          {child.latest_score ? (
            <>
              {child.latest_score} out of 100 · <TrendText trend={child.trend} />
            </>
          ) : (
            "Not assessed yet"
          )}
        </Row>
      </dl>
      {actions ? <div className="govuk-button-group app-no-print">{actions}</div> : null}
    </>
  );
}
