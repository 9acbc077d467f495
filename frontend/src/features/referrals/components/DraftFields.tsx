import { type ChangeEvent, useState } from "react";

import { DateInput } from "../../../components/forms/DateInput";
import { Select } from "../../../components/forms/Select";
import { Textarea } from "../../../components/forms/Textarea";
import { TextInput } from "../../../components/forms/TextInput";
import { type DateParts, isoDateOf, partsOf } from "../../../lib/date-parts";
import { penceToPoundsText, poundsToPence } from "../../../lib/money";
import {
  MAX_DISTANCE_LABELS,
  type MaxDistance,
  PURPOSE_LABELS,
  type Purpose,
} from "../../../lib/referral-labels";
import type { Referral, ReferralPatch } from "../api/referrals";

type Changes = Omit<ReferralPatch, "version">;

interface DraftFieldsProps {
  referral: Referral;
  onChange: (changes: Changes) => void;
  /** The API's field errors, by field name. */
  errors: Record<string, string>;
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const SIBLING_OPTIONS = [0, 1, 2, 3, 4, 5, 6].map((count) => ({
  value: String(count),
  label: count === 0 ? "None" : String(count),
}));

/**
 * The referral's own facts: what is sought, by when, where, the budget and contact. Each
 * change is saved as it is made; a date or amount only once it is a real one.
 */
export function DraftFields({ referral, onChange, errors }: DraftFieldsProps) {
  const [neededBy, setNeededBy] = useState<DateParts>(partsOf(referral.needed_by));
  const [budget, setBudget] = useState(
    referral.budget_weekly_pence === null ? "" : penceToPoundsText(referral.budget_weekly_pence),
  );
  // Mistakes found here, before anything is sent: field → message.
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const setProblem = (field: string, message: string | undefined) => {
    setLocal((current) => ({ ...current, [field]: message }));
  };

  const changeDate = (part: keyof DateParts) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...neededBy, [part]: event.target.value };
    setNeededBy(next);
    const empty = !next.day.trim() && !next.month.trim() && !next.year.trim();
    const iso = isoDateOf(next);
    setProblem("needed_by", empty || iso ? undefined : "Enter a real date, for example 21 12 2026");
    if (empty) onChange({ needed_by: null });
    else if (iso) onChange({ needed_by: iso });
  };
  const changeBudget = (event: ChangeEvent<HTMLInputElement>) => {
    setBudget(event.target.value);
    const text = event.target.value.trim();
    const pence = poundsToPence(text);
    setProblem(
      "budget_weekly_pence",
      !text || pence !== undefined ? undefined : "Enter the budget in pounds, like 950 or 950.50",
    );
    if (!text) onChange({ budget_weekly_pence: null });
    else if (pence !== undefined) onChange({ budget_weekly_pence: pence });
  };
  const errorOf = (field: string) => local[field] ?? errors[field];
  const datePart = (part: keyof DateParts) => ({
    name: `needed-by-${part}`,
    value: neededBy[part],
    onChange: changeDate(part),
  });

  return (
    <>
      <Select
        id="purpose"
        label="Kind of placement"
        options={options(PURPOSE_LABELS)}
        defaultValue={referral.purpose}
        error={errorOf("purpose")}
        onChange={(event) => {
          onChange({ purpose: event.target.value as Purpose });
        }}
      />
      <DateInput
        id="needed-by"
        legend="Needed by"
        hint="Needed before it can be submitted. For example, 21 12 2026."
        error={errorOf("needed_by")}
        day={datePart("day")}
        month={datePart("month")}
        year={datePart("year")}
      />
      <Select
        id="siblings"
        label="Brothers and sisters to be placed together"
        options={SIBLING_OPTIONS}
        defaultValue={String(referral.siblings)}
        error={errorOf("siblings")}
        onChange={(event) => {
          onChange({ siblings: Number(event.target.value) });
        }}
      />
      <Select
        id="max-distance"
        label="How far from the child’s home area"
        options={options(MAX_DISTANCE_LABELS)}
        defaultValue={referral.max_distance}
        error={errorOf("max_distance")}
        onChange={(event) => {
          onChange({ max_distance: event.target.value as MaxDistance });
        }}
      />
      <Textarea
        id="location-preferences"
        label="Location preferences"
        hint="In words, without an address or postcode: agencies see these as written."
        rows={3}
        defaultValue={referral.location_preferences}
        error={errorOf("location_preferences")}
        onChange={(event) => {
          onChange({ location_preferences: event.target.value });
        }}
      />
      <Textarea
        id="what-helps"
        label="What helps"
        rows={4}
        defaultValue={referral.what_helps}
        error={errorOf("what_helps")}
        onChange={(event) => {
          onChange({ what_helps: event.target.value });
        }}
      />
      <TextInput
        id="budget"
        label="Budget guidance, pounds a week (optional)"
        hint="Leave empty to give no budget."
        inputMode="decimal"
        widthClass="govuk-input--width-10"
        value={budget}
        error={errorOf("budget_weekly_pence")}
        onChange={changeBudget}
      />
      <Textarea
        id="contact-arrangements"
        label="Contact arrangements"
        hint="Family time the household would support."
        rows={3}
        defaultValue={referral.contact_arrangements}
        error={errorOf("contact_arrangements")}
        onChange={(event) => {
          onChange({ contact_arrangements: event.target.value });
        }}
      />
    </>
  );
}
