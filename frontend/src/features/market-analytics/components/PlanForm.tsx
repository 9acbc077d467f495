import { useQuery } from "@tanstack/react-query";
import { type SubmitEvent, useState } from "react";

import { Button } from "@/components/forms/Button";
import { Checkboxes } from "@/components/forms/Checkboxes";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import { LoadingMessage } from "@/components/states/LoadingMessage";
import { childName } from "@/lib/child-codes";
import { PLACEMENT_TYPE_LABELS, PLACEMENT_TYPES, type PlacementType } from "@/lib/placement-types";
import {
  inCareChildrenQueryOptions,
  type PlanCreate,
} from "@/features/market-analytics/api/analytics";

const MILES = [10, 20, 30, 50, 100] as const;
const KM_PER_MILE = 1.609344;
const CHILDREN_FIELD = "plan-children";

type Who = "awaiting" | "chosen";

interface PlanFormProps {
  running: boolean;
  onRun: (body: PlanCreate) => void;
}

/** Who to plan for (all awaiting a placement, or children chosen) and the terms sought. */
export function PlanForm({ running, onRun }: PlanFormProps) {
  const [who, setWho] = useState<Who>("awaiting");
  const [chosen, setChosen] = useState<string[]>([]);
  const [search, setSearch] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const children = useQuery({ ...inCareChildrenQueryOptions, enabled: who === "chosen" });

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const type = form.get("placement_type");
    const miles = Number(form.get("max_miles"));
    if (who === "chosen" && chosen.length === 0) {
      setError("Select at least one child");
      setFocusKey((key) => key + 1);
      return;
    }
    setError(null);
    onRun({
      awaiting_placement: who === "awaiting",
      ...(who === "chosen" ? { child_ids: chosen } : {}),
      placement_type: PLACEMENT_TYPES.find((candidate) => candidate === type) ?? "long_term",
      ...(miles > 0 ? { max_distance_km: Math.round(miles * KM_PER_MILE * 1000) / 1000 } : {}),
    });
  };

  const needle = search.trim().toLowerCase();
  const choices = (children.data?.items ?? [])
    .filter((child) => !needle || childName(child).toLowerCase().includes(needle))
    .map((child) => ({
      value: child.id,
      label: childName(child),
      hint: [
        `Age ${String(child.age)}`,
        child.local_child_id,
        child.latest_score === null ? "no approved assessment" : null,
      ]
        .filter(Boolean)
        .join(" · "),
    }));

  return (
    <form noValidate onSubmit={submit} aria-label="Plan placements">
      <ErrorSummary
        errors={error ? [{ text: error, fieldId: CHILDREN_FIELD }] : []}
        focusKey={focusKey}
      />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Which children?
          </legend>
          <div className="govuk-radios govuk-radios--small">
            {(
              [
                [
                  "awaiting",
                  "All children awaiting a placement",
                  "In care, with approved needs and no placement recorded",
                ],
                ["chosen", "Children I choose", undefined],
              ] as const
            ).map(([value, label, hint]) => (
              <div className="govuk-radios__item" key={value}>
                <input
                  className="govuk-radios__input"
                  id={`plan-who-${value}`}
                  name="who"
                  type="radio"
                  value={value}
                  checked={who === value}
                  onChange={() => {
                    setWho(value);
                  }}
                  aria-describedby={hint ? `plan-who-${value}-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`plan-who-${value}`}>
                  {label}
                </label>
                {hint ? (
                  <div id={`plan-who-${value}-hint`} className="govuk-hint govuk-radios__hint">
                    {hint}
                  </div>
                ) : null}
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {who === "chosen" ? (
        <div className="app-confirm">
          <TextInput
            id="plan-search"
            type="search"
            label="Find a child by name"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
            }}
            widthClass="govuk-!-width-two-thirds"
          />
          {children.isPending ? (
            <LoadingMessage>Loading children…</LoadingMessage>
          ) : (
            <Checkboxes
              id={CHILDREN_FIELD}
              name="child_ids"
              legend={`Children in care (${String(chosen.length)} chosen)`}
              choices={choices}
              value={chosen}
              onChange={setChosen}
              error={error ?? undefined}
              small
            />
          )}
        </div>
      ) : null}
      <div className="app-filters__row">
        <Select
          id="plan-placement-type"
          name="placement_type"
          label="Type of placement"
          defaultValue="long_term"
          options={PLACEMENT_TYPES.map((type: PlacementType) => ({
            value: type,
            label: PLACEMENT_TYPE_LABELS[type],
          }))}
        />
        <Select
          id="plan-distance"
          name="max_miles"
          label="Maximum distance from home"
          defaultValue=""
          options={[
            { value: "", label: "Any distance" },
            ...MILES.map((miles) => ({
              value: String(miles),
              label: `Within ${String(miles)} miles`,
            })),
          ]}
        />
      </div>
      <Button type="submit" pending={running}>
        Suggest a plan
      </Button>
    </form>
  );
}
