import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { applyProblemToForm, summaryErrors } from "@/components/forms/form-errors";
import { TextInput } from "@/components/forms/TextInput";
import type { Household, HouseholdUpdate } from "@/features/carers/api/carers";
import { withFormFieldPaths } from "./api-fields";
import {
  fieldTargets,
  HOUSEHOLD_FIELD_IDS,
  HouseholdFields,
  SHARED_FIELD_ORDER,
} from "./HouseholdFields";
import {
  householdFields,
  householdSchema,
  type HouseholdValues,
  valuesOf,
} from "./household-schema";

const schema = householdSchema("edit");
const FIELDS = fieldTargets(["name", ...SHARED_FIELD_ORDER]);

/** Reports back how saving went, so the form can show the API's field errors. */
export type SaveHousehold = (
  change: Omit<HouseholdUpdate, "version">,
  onError: (error: unknown) => void,
) => void;

interface EditCarerFormProps {
  household: Household;
  onSave: SaveHousehold;
  saving: boolean;
}

/** Change a household's details, terms, vacancies and fee. */
export function EditCarerForm({ household, onSave, saving }: EditCarerFormProps) {
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, control, setError, formState } = useForm<HouseholdValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: valuesOf(household),
  });
  const { errors } = formState;

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    onSave(householdFields(values), (error) => {
      setOtherErrors(applyProblemToForm(withFormFieldPaths(error), FIELDS, setError));
      failed();
    });
  }, failed);

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={summaryErrors(errors, FIELDS, otherErrors)} focusKey={focusKey} />
      <TextInput
        id={HOUSEHOLD_FIELD_IDS.name}
        label="Household name"
        autoComplete="off"
        error={errors.name?.message}
        {...register("name")}
      />
      <HouseholdFields register={register} control={control} errors={errors} />
      <Button type="submit" pending={saving}>
        Save changes
      </Button>
    </form>
  );
}
