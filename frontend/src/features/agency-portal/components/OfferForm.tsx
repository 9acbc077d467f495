import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { ErrorSummary } from "@/components/forms/ErrorSummary";
import {
  applyProblemToForm,
  type FieldTarget,
  summaryErrors,
} from "@/components/forms/form-errors";
import { Select } from "@/components/forms/Select";
import { Textarea } from "@/components/forms/Textarea";
import { TextInput } from "@/components/forms/TextInput";
import { DateInput } from "@/components/forms/DateInput";
import type { PartnerReferral } from "@/features/agency-portal/api/partner";
import { offerSchema, type OfferValues } from "./offer-schema";

const FIELDS: readonly FieldTarget<OfferValues>[] = [
  { name: "household_reference", fieldId: "household-reference" },
  { name: "household_postcode_sector", fieldId: "household-sector" },
  { name: "capacity", fieldId: "capacity" },
  { name: "weekly_fee_pence", fieldId: "weekly-fee" },
  { name: "available_from", fieldId: "available-from" },
  { name: "message", fieldId: "message" },
];
const LEVELS = [0, 1, 2, 3, 4].map((level) => ({ value: String(level), label: String(level) }));

interface OfferFormProps {
  referral: PartnerReferral;
  defaultValues: OfferValues;
  /** An existing offer's household cannot change: withdraw it and offer another. */
  editing: boolean;
  saving: boolean;
  submitLabel: string;
  onSave: (values: OfferValues, onError: (error: unknown) => void) => void;
}

/** One of the agency's households for a referral: its capacity per domain, fee and date. */
export function OfferForm(props: OfferFormProps) {
  const { referral, defaultValues, editing, saving, submitLabel, onSave } = props;
  const [focusKey, setFocusKey] = useState(0);
  const [others, setOthers] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<OfferValues>({
    resolver: zodResolver(offerSchema),
    shouldFocusError: false,
    defaultValues,
  });
  const { errors } = formState;
  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOthers([]);
    onSave(values, (error) => {
      setOthers(applyProblemToForm(error, FIELDS, setError));
      failed();
    });
  }, failed);
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={summaryErrors(errors, FIELDS, others)} focusKey={focusKey} />
      <TextInput
        id="household-reference"
        label="Your reference for the household"
        hint="Not the carers’ names."
        widthClass="govuk-input--width-20"
        disabled={editing}
        error={errors.household_reference?.message}
        {...register("household_reference")}
      />
      <TextInput
        id="household-sector"
        label="The household’s postcode sector (optional)"
        hint="For example, NE1 4. The council sees a distance band, never the postcode."
        widthClass="govuk-input--width-10"
        error={errors.household_postcode_sector?.message}
        {...register("household_postcode_sector")}
      />
      <fieldset className="govuk-fieldset" id="capacity" tabIndex={-1}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          The highest level of need (0–4) the household can meet, per domain
        </legend>
        {referral.needs.map((need) => (
          <Select
            key={need.domain_key}
            id={`capacity-${need.domain_key}`}
            label={`${need.domain_name} (the child’s need: ${String(need.need_level)})`}
            options={LEVELS}
            error={errors.capacity?.[need.domain_key]?.message}
            {...register(`capacity.${need.domain_key}`)}
          />
        ))}
      </fieldset>
      <TextInput
        id="weekly-fee"
        label="Weekly fee, in pounds"
        inputMode="decimal"
        widthClass="govuk-input--width-10"
        error={errors.weekly_fee_pence?.message}
        {...register("weekly_fee_pence")}
      />
      <DateInput
        id="available-from"
        legend="Available from"
        hint="For example, 7 12 2026."
        error={errors.available_from?.message}
        day={register("available_from.day")}
        month={register("available_from.month")}
        year={register("available_from.year")}
      />
      <Textarea
        id="message"
        label="Message to the council"
        hint="Why this household."
        rows={4}
        error={errors.message?.message}
        {...register("message")}
      />
      <button type="submit" className="govuk-button" disabled={saving}>
        {submitLabel}
      </button>
    </form>
  );
}
