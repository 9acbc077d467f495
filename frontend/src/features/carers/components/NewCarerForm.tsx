import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { applyProblemToForm, summaryErrors } from "@/components/forms/form-errors";
import { Select } from "@/components/forms/Select";
import { TextInput } from "@/components/forms/TextInput";
import { useDocumentTitle } from "@/lib/use-document-title";
import { type AgencyOption, type Household, useCreateCarer } from "@/features/carers/api/carers";
import { withFormFieldPaths } from "./api-fields";
import {
  fieldTargets,
  HOUSEHOLD_FIELD_IDS,
  HouseholdFields,
  SHARED_FIELD_ORDER,
} from "./HouseholdFields";
import {
  householdCreateBody,
  householdSchema,
  type HouseholdValues,
  NEW_HOUSEHOLD,
} from "./household-schema";

const schema = householdSchema("create");

const FIELDS = fieldTargets(["name", "reference", "agency_id", ...SHARED_FIELD_ORDER]);

interface NewCarerFormProps {
  agencies: readonly AgencyOption[] | undefined;
  onCreated: (household: Household) => void;
}

/** Add a fostering household: the council's reference, the provider, terms and fee. */
export function NewCarerForm({ agencies, onCreated }: NewCarerFormProps) {
  const createCarer = useCreateCarer();
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, control, setError, formState } = useForm<HouseholdValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: NEW_HOUSEHOLD,
  });
  const { errors } = formState;

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    createCarer.mutate(householdCreateBody(values), {
      onSuccess: onCreated,
      onError: (error) => {
        setOtherErrors(applyProblemToForm(withFormFieldPaths(error), FIELDS, setError));
        failed();
      },
    });
  }, failed);

  const summary = summaryErrors(errors, FIELDS, otherErrors);
  useDocumentTitle(summary.length > 0 ? "Error: Add a household" : "Add a household");

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-l">Add a household</h1>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id={HOUSEHOLD_FIELD_IDS.name}
          label="Household name"
          hint="For example, the Okafor household"
          autoComplete="off"
          error={errors.name?.message}
          {...register("name")}
        />
        <TextInput
          id={HOUSEHOLD_FIELD_IDS.reference}
          label="Reference"
          hint="The council’s reference for the household"
          autoComplete="off"
          spellCheck={false}
          widthClass="govuk-input--width-10"
          error={errors.reference?.message}
          {...register("reference")}
        />
        <Select
          id={HOUSEHOLD_FIELD_IDS.agency_id}
          label="Provider"
          hint="In-house carers are the council’s own; others belong to a partner agency"
          options={[
            { value: "", label: "In-house" },
            ...(agencies ?? []).map((agency) => ({ value: agency.id, label: agency.name })),
          ]}
          error={errors.agency_id?.message}
          {...register("agency_id")}
        />
        <HouseholdFields register={register} control={control} errors={errors} />
        <Button type="submit" pending={createCarer.isPending}>
          Add household
        </Button>
      </form>
    </>
  );
}
