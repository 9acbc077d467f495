import type { SubmitEvent } from "react";

import { Select } from "@/components/forms/Select";
import { PLACEMENT_TYPE_LABELS, PLACEMENT_TYPES, type PlacementType } from "@/lib/placement-types";

interface PlacementTypeFilterProps {
  value: PlacementType;
  onApply: (type: PlacementType) => void;
}

/** Which approval a household must hold to count, as in matching's hard filters. */
export function PlacementTypeFilter({ value, onApply }: PlacementTypeFilterProps) {
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get("placement_type");
    onApply(PLACEMENT_TYPES.find((type) => type === chosen) ?? "long_term");
  };
  return (
    <form className="app-filters" role="search" aria-label="Placement sought" onSubmit={submit}>
      <Select
        id="placement-type"
        name="placement_type"
        label="Type of placement households must be approved for"
        defaultValue={value}
        options={PLACEMENT_TYPES.map((type) => ({
          value: type,
          label: PLACEMENT_TYPE_LABELS[type],
        }))}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply
      </button>
    </form>
  );
}
