import type { SubmitEvent } from "react";

import { Select } from "@/components/forms/Select";
import { PLACEMENT_TYPE_LABELS, SEX_LABELS } from "@/lib/child-codes";
import {
  FILTER_NAMES,
  type NeedVsSpendFilters,
} from "@/features/value-analytics/api/need-vs-spend";

const AGE_BANDS = ["0-4", "5-9", "10-15", "16+"] as const;

interface NeedVsSpendFiltersFormProps {
  filters: NeedVsSpendFilters;
  teams: readonly { id: string; name: string }[];
  onApply: (filters: NeedVsSpendFilters) => void;
}

function anyOf(options: readonly { value: string; label: string }[]) {
  return [{ value: "", label: "All" }, ...options];
}

/** Narrow the cohort by placement type, team, age band and sex. */
export function NeedVsSpendFiltersForm({ filters, teams, onApply }: NeedVsSpendFiltersFormProps) {
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen: Record<string, string> = {};
    for (const name of FILTER_NAMES) {
      const value = form.get(name);
      if (typeof value === "string" && value) chosen[name] = value;
    }
    onApply(chosen);
  };
  return (
    <form className="app-filters" role="search" aria-label="Children compared" onSubmit={submit}>
      <div className="app-filters__row">
        <Select
          id="filter-placement-type"
          name="placement_type"
          label="Placement type"
          defaultValue={filters.placement_type ?? ""}
          options={anyOf(
            Object.entries(PLACEMENT_TYPE_LABELS).map(([code, label]) => ({
              value: code,
              label: `${code} – ${label}`,
            })),
          )}
        />
        <Select
          id="filter-team"
          name="team_id"
          label="Team"
          defaultValue={filters.team_id ?? ""}
          options={anyOf(teams.map((team) => ({ value: team.id, label: team.name })))}
        />
        <Select
          id="filter-age-band"
          name="age_band"
          label="Age"
          defaultValue={filters.age_band ?? ""}
          options={anyOf(AGE_BANDS.map((band) => ({ value: band, label: `${band} years` })))}
        />
        <Select
          id="filter-sex"
          name="sex"
          label="Sex"
          defaultValue={filters.sex ?? ""}
          options={anyOf(Object.entries(SEX_LABELS).map(([value, label]) => ({ value, label })))}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply filters
      </button>
    </form>
  );
}
