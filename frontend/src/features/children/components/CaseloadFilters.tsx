import { type SubmitEvent, useState } from "react";
import { Link } from "react-router";

import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import { CARE_STATUS_LABELS, PLACEMENT_TYPE_LABELS } from "@/lib/child-codes";
import { NOT_ASSESSED_MONTHS } from "@/features/children/api/caseload-search";
import type { CaseloadQuery } from "@/features/children/api/children";

export interface TeamOption {
  id: string;
  name: string;
}

export type CaseloadFilterValues = Pick<
  CaseloadQuery,
  | "q"
  | "team_id"
  | "care_status"
  | "placement_type"
  | "score_min"
  | "score_max"
  | "not_assessed_in_months"
>;

interface CaseloadFiltersProps {
  query: CaseloadQuery;
  teams: readonly TeamOption[] | undefined;
  onApply: (filters: CaseloadFilterValues) => void;
}

const ANY = { value: "", label: "Any" };

type ScoreErrors = Partial<Record<"score_min" | "score_max", string>>;

/** A score bound as typed: undefined when empty, NaN when not a whole number 0–100. */
function scoreBound(value: FormDataEntryValue | null): number | undefined {
  const text = typeof value === "string" ? value.trim() : "";
  if (!text) return undefined;
  const number = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  return number <= 100 ? number : NaN;
}

function checkScores(min: number | undefined, max: number | undefined): ScoreErrors {
  const errors: ScoreErrors = {};
  if (Number.isNaN(min)) errors.score_min = "Enter a lowest score from 0 to 100";
  if (Number.isNaN(max)) errors.score_max = "Enter a highest score from 0 to 100";
  if (!errors.score_min && !errors.score_max && min !== undefined && max !== undefined) {
    if (min > max)
      errors.score_max = "The highest score must be the same as or more than the lowest";
  }
  return errors;
}

/** Narrow the caseload by search text, team, care status, placement, score and review date. */
export function CaseloadFilters({ query, teams, onApply }: CaseloadFiltersProps) {
  const [errors, setErrors] = useState<ScoreErrors>({});

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" && value.trim() ? value.trim() : undefined;
    };
    const min = scoreBound(form.get("score_min"));
    const max = scoreBound(form.get("score_max"));
    const found = checkScores(min, max);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onApply({
      q: text("q"),
      team_id: text("team_id"),
      care_status: text("care_status") as CaseloadQuery["care_status"],
      placement_type: text("placement_type"),
      score_min: min,
      score_max: max,
      not_assessed_in_months: form.get("not_assessed") ? NOT_ASSESSED_MONTHS : undefined,
    });
  };

  return (
    <form className="app-filters" role="search" aria-label="Filter children" onSubmit={submit}>
      <h2 className="govuk-heading-s">Filter children</h2>
      <TextInput
        id="filter-q"
        name="q"
        type="search"
        label="Name, local id or UPN"
        defaultValue={query.q ?? ""}
        maxLength={100}
        spellCheck={false}
        widthClass="govuk-!-width-two-thirds"
      />
      <div className="app-filters__row">
        {teams && teams.length > 0 ? (
          <Select
            id="filter-team"
            name="team_id"
            label="Team"
            defaultValue={query.team_id ?? ""}
            options={[ANY, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
          />
        ) : null}
        <Select
          id="filter-care-status"
          name="care_status"
          label="Care status"
          defaultValue={query.care_status ?? ""}
          options={[
            ANY,
            ...Object.entries(CARE_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Select
          id="filter-placement-type"
          name="placement_type"
          label="Placement type"
          defaultValue={query.placement_type ?? ""}
          className="app-select--narrow"
          options={[
            ANY,
            ...Object.entries(PLACEMENT_TYPE_LABELS).map(([value, label]) => ({
              value,
              label: `${value} – ${label}`,
            })),
          ]}
        />
      </div>
      <div className="app-filters__row">
        <TextInput
          id="filter-score-min"
          name="score_min"
          label="Lowest needs score"
          hint="0 to 100"
          inputMode="numeric"
          widthClass="govuk-input--width-3"
          defaultValue={query.score_min ?? ""}
          error={errors.score_min}
        />
        <TextInput
          id="filter-score-max"
          name="score_max"
          label="Highest needs score"
          hint="0 to 100"
          inputMode="numeric"
          widthClass="govuk-input--width-3"
          defaultValue={query.score_max ?? ""}
          error={errors.score_max}
        />
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="filter-not-assessed"
              name="not_assessed"
              type="checkbox"
              value="yes"
              defaultChecked={Boolean(query.not_assessed_in_months)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-not-assessed">
              Not assessed in the last {NOT_ASSESSED_MONTHS} months
            </label>
          </div>
        </div>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to="/children">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
