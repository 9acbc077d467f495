import { type ChangeEvent, useState } from "react";

import { DateInput } from "@/components/forms/DateInput";
import { Select } from "@/components/forms/Select";
import { Textarea } from "@/components/forms/Textarea";
import { TextInput } from "@/components/forms/TextInput";
import type { FieldValue } from "@/lib/autosave/field-changes";
import { type DateParts, isoDateOf, partsOf } from "@/lib/date-parts";
import { penceToPoundsText, poundsToPence } from "@/lib/money";
import { MAX_DISTANCE_LABELS, PURPOSE_LABELS } from "@/lib/referral-labels";
import type { ReferralFieldKey } from "@/features/referrals/api/referral-fields";
import type { Referral } from "@/features/referrals/api/referrals";
import { FACT_LABELS } from "./field-words";

interface DraftFieldsProps {
  /** The referral with the unsaved edits: what the fields show. */
  draft: Referral;
  onEdit: (key: ReferralFieldKey, value: FieldValue) => void;
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
 * What is typed in a box whose value is saved only once it means something (a date, an
 * amount): the typing stays as typed, and follows the value when that changes from
 * elsewhere (a copy restored from the device, someone else's change, a conflict settled).
 */
function useTyping<T, V>(
  value: V,
  typingOf: (value: V) => T,
  valueOf: (typing: T) => V | undefined,
) {
  const [typing, setTyping] = useState(() => typingOf(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (valueOf(typing) !== value) setTyping(typingOf(value));
  }
  return [typing, setTyping] as const;
}

const dateOf = (parts: DateParts) =>
  !parts.day.trim() && !parts.month.trim() && !parts.year.trim()
    ? null
    : (isoDateOf(parts) ?? undefined);
const budgetText = (pence: number | null) => (pence === null ? "" : penceToPoundsText(pence));
const budgetOf = (text: string) => (text.trim() ? poundsToPence(text) : null);

/**
 * The referral's own facts: what is sought, by when, where, the budget and contact. Each
 * change is saved as it is made; a date or amount only once it is a real one.
 */
export function DraftFields({ draft, onEdit, errors }: DraftFieldsProps) {
  const [neededBy, setNeededBy] = useTyping(draft.needed_by, partsOf, dateOf);
  const [budget, setBudget] = useTyping(draft.budget_weekly_pence, budgetText, budgetOf);
  // Mistakes found here, before anything is sent: field → message.
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const setProblem = (field: string, message: string | undefined) => {
    setLocal((current) => ({ ...current, [field]: message }));
  };

  const changeDate = (part: keyof DateParts) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...neededBy, [part]: event.target.value };
    setNeededBy(next);
    const iso = dateOf(next);
    setProblem(
      "needed_by",
      iso === undefined ? "Enter a real date, for example 21 12 2026" : undefined,
    );
    if (iso !== undefined) onEdit("needed_by", iso);
  };
  const changeBudget = (event: ChangeEvent<HTMLInputElement>) => {
    setBudget(event.target.value);
    const pence = budgetOf(event.target.value);
    setProblem(
      "budget_weekly_pence",
      pence === undefined ? "Enter the budget in pounds, like 950 or 950.50" : undefined,
    );
    if (pence !== undefined) onEdit("budget_weekly_pence", pence);
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
        label={FACT_LABELS.purpose}
        options={options(PURPOSE_LABELS)}
        value={draft.purpose}
        error={errorOf("purpose")}
        onChange={(event) => {
          onEdit("purpose", event.target.value);
        }}
      />
      <DateInput
        id="needed-by"
        legend={FACT_LABELS.needed_by}
        hint="Needed before it can be submitted. For example, 21 12 2026."
        error={errorOf("needed_by")}
        day={datePart("day")}
        month={datePart("month")}
        year={datePart("year")}
      />
      <Select
        id="siblings"
        label={FACT_LABELS.siblings}
        options={SIBLING_OPTIONS}
        value={String(draft.siblings)}
        error={errorOf("siblings")}
        onChange={(event) => {
          onEdit("siblings", Number(event.target.value));
        }}
      />
      <Select
        id="max-distance"
        label={FACT_LABELS.max_distance}
        options={options(MAX_DISTANCE_LABELS)}
        value={draft.max_distance}
        error={errorOf("max_distance")}
        onChange={(event) => {
          onEdit("max_distance", event.target.value);
        }}
      />
      <Textarea
        id="location-preferences"
        label={FACT_LABELS.location_preferences}
        hint="In words, without an address or postcode: agencies see these as written."
        rows={3}
        value={draft.location_preferences}
        error={errorOf("location_preferences")}
        onChange={(event) => {
          onEdit("location_preferences", event.target.value);
        }}
      />
      <Textarea
        id="what-helps"
        label={FACT_LABELS.what_helps}
        rows={4}
        value={draft.what_helps}
        error={errorOf("what_helps")}
        onChange={(event) => {
          onEdit("what_helps", event.target.value);
        }}
      />
      <TextInput
        id="budget"
        label={FACT_LABELS.budget_weekly_pence}
        hint="Leave empty to give no budget."
        inputMode="decimal"
        widthClass="govuk-input--width-10"
        value={budget}
        error={errorOf("budget_weekly_pence")}
        onChange={changeBudget}
      />
      <Textarea
        id="contact-arrangements"
        label={FACT_LABELS.contact_arrangements}
        hint="Family time the household would support."
        rows={3}
        value={draft.contact_arrangements}
        error={errorOf("contact_arrangements")}
        onChange={(event) => {
          onEdit("contact_arrangements", event.target.value);
        }}
      />
    </>
  );
}
