import { useEffect, useRef } from "react";

import { formatWeeklyFee } from "@/lib/money";
import type { Household } from "@/features/carers/api/carers";
import {
  ageRange,
  APPROVAL_TYPE_LABELS,
  HOUSEHOLD_STATUS_LABELS,
} from "@/features/carers/api/labels";

interface HouseholdConflictNoticeProps {
  current: Household;
  onReload: () => void;
}

/**
 * Someone else saved the household first. Shows what it is now and offers to load it, so
 * the person makes their change again on top of it rather than overwriting unseen.
 */
export function HouseholdConflictNotice({ current, onReload }: HouseholdConflictNoticeProps) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    notice.current?.focus();
  }, [current]);

  const rows = [
    ["Name", current.name],
    ["Status", HOUSEHOLD_STATUS_LABELS[current.status]],
    ["Ages", ageRange(current.terms)],
    ["Children approved for", String(current.terms.places)],
    ["Types", current.terms.approved_types.map((type) => APPROVAL_TYPE_LABELS[type]).join(", ")],
    ["Vacancies", String(current.vacancies)],
    ["Postcode", current.postcode ?? "Not known"],
    ["Fee", formatWeeklyFee(current.weekly_fee_pence)],
  ] as const;

  return (
    <div className="govuk-error-summary" ref={notice} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">
          Someone else changed this household while you were editing
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            Your changes have not been saved. These are its current details:
          </p>
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            {rows.map(([key, value]) => (
              <div className="govuk-summary-list__row" key={key}>
                <dt className="govuk-summary-list__key">{key}</dt>
                <dd className="govuk-summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={onReload}>
            Load their changes
          </button>
        </div>
      </div>
    </div>
  );
}
