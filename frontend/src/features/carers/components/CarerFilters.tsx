import { type SubmitEvent, useState } from "react";
import { Link } from "react-router";

import { Checkboxes } from "@/components/forms/Checkboxes";
import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import type { CarerListQuery } from "@/features/carers/api/carers";
import { APPROVAL_TYPE_LABELS, HOUSEHOLD_STATUS_LABELS } from "@/features/carers/api/labels";

export type CarerFilterValues = Pick<
  CarerListQuery,
  "q" | "status" | "in_house" | "approved_type" | "with_vacancy"
>;

interface CarerFiltersProps {
  query: CarerListQuery;
  onApply: (filters: CarerFilterValues) => void;
}

const ANY = { value: "", label: "Any" };
const VACANCY = [{ value: "yes", label: "Only households with a vacancy" }];

function providerValue(inHouse: boolean | null | undefined): string {
  if (inHouse === true) return "yes";
  if (inHouse === false) return "no";
  return "";
}

/** Narrow the households by name or reference, status, provider, approval and vacancy. */
export function CarerFilters({ query, onApply }: CarerFiltersProps) {
  const [vacancy, setVacancy] = useState<string[]>(query.with_vacancy ? ["yes"] : []);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" && value.trim() ? value.trim() : undefined;
    };
    const provider = text("in_house");
    onApply({
      q: text("q"),
      status: text("status") as CarerListQuery["status"],
      in_house: provider === undefined ? undefined : provider === "yes",
      approved_type: text("approved_type") as CarerListQuery["approved_type"],
      with_vacancy: vacancy.includes("yes") ? true : undefined,
    });
  };

  return (
    <form className="app-filters" role="search" aria-label="Filter households" onSubmit={submit}>
      <h2 className="govuk-heading-s">Filter households</h2>
      <TextInput
        id="filter-q"
        name="q"
        type="search"
        label="Household name or reference"
        defaultValue={query.q ?? ""}
        maxLength={100}
        spellCheck={false}
      />
      <div className="app-filters__row">
        <Select
          id="filter-status"
          name="status"
          label="Status"
          defaultValue={query.status ?? ""}
          options={[
            ANY,
            ...Object.entries(HOUSEHOLD_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Select
          id="filter-provider"
          name="in_house"
          label="Provider"
          defaultValue={providerValue(query.in_house)}
          options={[
            ANY,
            { value: "yes", label: "In-house" },
            { value: "no", label: "Partner agency" },
          ]}
        />
        <Select
          id="filter-approved-type"
          name="approved_type"
          label="Approved for"
          defaultValue={query.approved_type ?? ""}
          options={[
            ANY,
            ...Object.entries(APPROVAL_TYPE_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
      </div>
      <Checkboxes
        id="filter-vacancy"
        name="with_vacancy"
        legend={<span className="govuk-visually-hidden">Vacancies</span>}
        choices={VACANCY}
        value={vacancy}
        onChange={setVacancy}
        small
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" to="/carers">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
