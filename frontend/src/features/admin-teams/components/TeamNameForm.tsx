import { zodResolver } from "@hookform/resolvers/zod";
import { type ReactNode, useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import {
  applyProblemToForm,
  type FieldTarget,
  summaryErrors,
} from "@/components/forms/form-errors";
import { TextInput } from "@/components/forms/TextInput";
import { type TeamNameValues, teamNameSchema } from "./team-name";

const FIELDS: readonly FieldTarget<TeamNameValues>[] = [{ name: "name", fieldId: "team-name" }];

interface TeamNameFormProps {
  label: string;
  submitLabel: string;
  defaultName?: string;
  pending: boolean;
  /** Saves the name; calls onError with the API's error so it shows on the field. */
  onSubmit: (
    name: string,
    handlers: { onError: (error: unknown) => void; onSuccess: () => void },
  ) => void;
  /** Shown above the form, below any error summary: a heading. */
  heading?: ReactNode;
}

/** One team name field with GOV.UK validation, for adding and renaming teams. */
export function TeamNameForm({
  label,
  submitLabel,
  defaultName = "",
  pending,
  onSubmit,
  heading,
}: TeamNameFormProps) {
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const { register, handleSubmit, setError, reset, formState } = useForm<TeamNameValues>({
    resolver: zodResolver(teamNameSchema),
    shouldFocusError: false,
    defaultValues: { name: defaultName },
  });
  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const submit = handleSubmit(({ name }) => {
    setOtherErrors([]);
    onSubmit(name.trim(), {
      onSuccess: () => {
        reset({ name: defaultName });
      },
      onError: (error) => {
        setOtherErrors(applyProblemToForm(error, FIELDS, setError));
        failed();
      },
    });
  }, failed);

  return (
    <>
      <ErrorSummary
        errors={summaryErrors(formState.errors, FIELDS, otherErrors)}
        focusKey={focusKey}
      />
      {heading}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="team-name"
          label={label}
          widthClass="govuk-input--width-20"
          autoComplete="off"
          error={formState.errors.name?.message}
          {...register("name")}
        />
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
