import type { ReactNode } from "react";

import { formatWeeklyFee } from "@/lib/money";
import type { Household } from "@/features/carers/api/carers";
import { ageRange, APPROVAL_TYPE_LABELS } from "@/features/carers/api/labels";
import { HouseholdStatusTag } from "./HouseholdStatusTag";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** Who the household is: provider, status, where, languages, faith and fee. */
export function HouseholdSummary({ household }: { household: Household }) {
  return (
    <dl className="govuk-summary-list">
      <Row label="Reference">{household.reference}</Row>
      <Row label="Provider">
        {household.agency ? `${household.agency.name} (partner agency)` : "In-house"}
      </Row>
      <Row label="Status">
        <HouseholdStatusTag status={household.status} />
      </Row>
      <Row label="Postcode">{household.postcode ?? "Not known"}</Row>
      <Row label="Languages">
        {household.languages.length > 0 ? household.languages.join(", ") : "Not recorded"}
      </Row>
      <Row label="Faith">{household.faith ?? "Not recorded"}</Row>
      <Row label="Other children at home">{household.other_children}</Row>
      <Row label="Fee">{formatWeeklyFee(household.weekly_fee_pence)}</Row>
      {household.notes ? (
        <Row label="Notes">
          <span className="app-pre-line">{household.notes}</span>
        </Row>
      ) : null}
    </dl>
  );
}

/** What the household is approved for, and the places free now. */
export function ApprovalTermsSummary({ household }: { household: Household }) {
  const { terms } = household;
  return (
    <dl className="govuk-summary-list">
      <Row label="Ages">{ageRange(terms)}</Row>
      <Row label="Children approved for">{terms.places}</Row>
      <Row label="Placement types">
        <ul className="govuk-list govuk-!-margin-bottom-0">
          {terms.approved_types.map((type) => (
            <li key={type}>{APPROVAL_TYPE_LABELS[type]}</li>
          ))}
        </ul>
      </Row>
      <Row label="Vacancies">
        {household.vacancies === 0
          ? "None: every place is taken"
          : `${String(household.vacancies)} of ${String(terms.places)} places free`}
      </Row>
    </dl>
  );
}
