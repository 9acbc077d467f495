import { type SubmitEvent, useState } from "react";
import { Link } from "react-router";

import { Checkboxes } from "@/components/forms/Checkboxes";
import { Select } from "@/components/forms/Select";
import { PLACEMENT_TYPE_LABELS, PLACEMENT_TYPES, type PlacementType } from "@/lib/placement-types";
import {
  DEFAULT_FILTERS,
  DISTANCE_CHOICES_MILES,
  LIMIT_CHOICES,
  type MatchFilters,
  MAX_SIBLINGS,
} from "@/features/matching/api/match-search";

const OPTIONS = [
  { value: "in_house_only", label: "In-house households only" },
  { value: "include_excluded", label: "Show households not listed, and why" },
];

interface MatchFiltersFormProps {
  filters: MatchFilters;
  /** Where "Clear filters" goes: the page without filters. */
  clearHref: string;
  onApply: (filters: MatchFilters) => void;
}

/** The placement sought and the limits on it, applied by changing the page address. */
export function MatchFiltersForm({ filters, clearHref, onApply }: MatchFiltersFormProps) {
  const [options, setOptions] = useState<string[]>(
    [
      filters.inHouseOnly ? "in_house_only" : "",
      filters.includeExcluded ? "include_excluded" : "",
    ].filter(Boolean),
  );
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    const type = text("placement_type");
    onApply({
      placementType: PLACEMENT_TYPES.find((candidate) => candidate === type) ?? "long_term",
      maxMiles: text("max_miles") ? Number(text("max_miles")) : undefined,
      siblings: Number(text("siblings")) || 1,
      inHouseOnly: options.includes("in_house_only"),
      includeExcluded: options.includes("include_excluded"),
      limit: Number(text("limit")) || DEFAULT_FILTERS.limit,
    });
  };

  return (
    <form className="app-filters" role="search" aria-label="Filter matches" onSubmit={submit}>
      <h2 className="govuk-heading-s">The placement sought</h2>
      <div className="app-filters__row">
        <Select
          id="match-placement-type"
          name="placement_type"
          label="Type of placement"
          defaultValue={filters.placementType}
          options={PLACEMENT_TYPES.map((type: PlacementType) => ({
            value: type,
            label: PLACEMENT_TYPE_LABELS[type],
          }))}
        />
        <Select
          id="match-siblings"
          name="siblings"
          label="Children to place together"
          defaultValue={String(filters.siblings)}
          options={Array.from({ length: MAX_SIBLINGS }, (_, index) => ({
            value: String(index + 1),
            label: index === 0 ? "1 (no siblings)" : `${String(index + 1)} siblings`,
          }))}
        />
        <Select
          id="match-distance"
          name="max_miles"
          label="Maximum distance"
          defaultValue={filters.maxMiles === undefined ? "" : String(filters.maxMiles)}
          options={[
            { value: "", label: "Any distance" },
            ...DISTANCE_CHOICES_MILES.map((miles) => ({
              value: String(miles),
              label: `Within ${String(miles)} miles`,
            })),
          ]}
        />
        <Select
          id="match-limit"
          name="limit"
          label="Households to show"
          defaultValue={String(filters.limit)}
          options={LIMIT_CHOICES.map((limit) => ({
            value: String(limit),
            label: `Best ${String(limit)}`,
          }))}
        />
      </div>
      <Checkboxes
        id="match-options"
        name="options"
        legend={<span className="govuk-visually-hidden">Options</span>}
        choices={OPTIONS}
        value={options}
        onChange={setOptions}
        small
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to={clearHref}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
