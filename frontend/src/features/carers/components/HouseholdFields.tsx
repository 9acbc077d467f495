import {
  type Control,
  type FieldErrors,
  useController,
  type UseFormRegister,
} from "react-hook-form";

import { Checkboxes } from "@/components/forms/Checkboxes";
import type { FieldTarget } from "@/components/forms/form-errors";
import { Radios } from "@/components/forms/Radios";
import { Textarea } from "@/components/forms/Textarea";
import { TextInput } from "@/components/forms/TextInput";
import { APPROVAL_TYPE_LABELS, HOUSEHOLD_STATUS_LABELS } from "@/features/carers/api/labels";
import type { HouseholdValues } from "./household-schema";

export const HOUSEHOLD_FIELD_IDS = {
  reference: "reference",
  name: "name",
  agency_id: "agency_id",
  status: "status",
  age_min: "age_min",
  age_max: "age_max",
  places: "places",
  approved_types: "approved_types",
  vacancies: "vacancies",
  postcode: "postcode",
  languages: "languages",
  faith: "faith",
  other_children: "other_children",
  weekly_fee: "weekly_fee",
  notes: "notes",
} as const satisfies Record<keyof HouseholdValues, string>;

/** The shared fields in page order, after the name (and, for a new household, its provider). */
export const SHARED_FIELD_ORDER = [
  "status",
  "age_min",
  "age_max",
  "places",
  "approved_types",
  "vacancies",
  "postcode",
  "languages",
  "faith",
  "other_children",
  "weekly_fee",
  "notes",
] as const satisfies readonly (keyof HouseholdValues)[];

/** Error-summary targets for fields, in the order given. */
export function fieldTargets(
  names: readonly (keyof HouseholdValues)[],
): FieldTarget<HouseholdValues>[] {
  return names.map((name) => ({ name, fieldId: HOUSEHOLD_FIELD_IDS[name] }));
}

const TYPE_CHOICES = Object.entries(APPROVAL_TYPE_LABELS).map(([value, label]) => ({
  value,
  label,
}));
const STATUS_CHOICES = Object.entries(HOUSEHOLD_STATUS_LABELS).map(([value, label]) => ({
  value,
  label,
}));

interface HouseholdFieldsProps {
  register: UseFormRegister<HouseholdValues>;
  control: Control<HouseholdValues>;
  errors: FieldErrors<HouseholdValues>;
}

/** The fields adding and changing a household share: terms, vacancies, where, who, fee. */
export function HouseholdFields({ register, control, errors }: HouseholdFieldsProps) {
  const types = useController({ control, name: "approved_types" });
  const number = {
    inputMode: "numeric",
    spellCheck: false,
    widthClass: "govuk-input--width-3",
  } as const;
  return (
    <>
      <Radios
        id={HOUSEHOLD_FIELD_IDS.status}
        legend="Status"
        choices={STATUS_CHOICES}
        error={errors.status?.message}
        small
        inputProps={register("status")}
      />
      <h2 className="govuk-heading-m">Approval terms</h2>
      <div className="app-filters__row">
        <TextInput
          id={HOUSEHOLD_FIELD_IDS.age_min}
          label="Youngest age"
          error={errors.age_min?.message}
          {...number}
          {...register("age_min")}
        />
        <TextInput
          id={HOUSEHOLD_FIELD_IDS.age_max}
          label="Oldest age"
          error={errors.age_max?.message}
          {...number}
          {...register("age_max")}
        />
        <TextInput
          id={HOUSEHOLD_FIELD_IDS.places}
          label="Children approved for"
          hint="Usually at most 3"
          error={errors.places?.message}
          {...number}
          {...register("places")}
        />
      </div>
      <Checkboxes
        id={HOUSEHOLD_FIELD_IDS.approved_types}
        name="approved_types"
        legend="Types of placement approved for"
        choices={TYPE_CHOICES}
        value={types.field.value}
        onChange={types.field.onChange}
        onBlur={types.field.onBlur}
        error={errors.approved_types?.message}
        small
      />
      <TextInput
        id={HOUSEHOLD_FIELD_IDS.vacancies}
        label="Vacancies"
        hint="Places free now"
        error={errors.vacancies?.message}
        {...number}
        {...register("vacancies")}
      />
      <h2 className="govuk-heading-m">About the household</h2>
      <TextInput
        id={HOUSEHOLD_FIELD_IDS.postcode}
        label="Postcode"
        hint="Used to work out distances to children’s homes"
        autoComplete="off"
        widthClass="govuk-input--width-10"
        error={errors.postcode?.message}
        {...register("postcode")}
      />
      <TextInput
        id={HOUSEHOLD_FIELD_IDS.languages}
        label="Languages spoken (optional)"
        hint="Separate languages with commas, for example English, Polish"
        widthClass="govuk-!-width-two-thirds"
        error={errors.languages?.message}
        {...register("languages")}
      />
      <TextInput
        id={HOUSEHOLD_FIELD_IDS.faith}
        label="Faith (optional)"
        widthClass="govuk-!-width-one-half"
        error={errors.faith?.message}
        {...register("faith")}
      />
      <TextInput
        id={HOUSEHOLD_FIELD_IDS.other_children}
        label="Other children living at home"
        error={errors.other_children?.message}
        {...number}
        {...register("other_children")}
      />
      <TextInput
        id={HOUSEHOLD_FIELD_IDS.weekly_fee}
        label="Weekly fee, in pounds"
        hint="For example, 625.50"
        inputMode="decimal"
        spellCheck={false}
        widthClass="govuk-input--width-10"
        error={errors.weekly_fee?.message}
        {...register("weekly_fee")}
      />
      <Textarea
        id={HOUSEHOLD_FIELD_IDS.notes}
        label="Notes (optional)"
        error={errors.notes?.message}
        {...register("notes")}
      />
    </>
  );
}
