import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { Button } from "@/components/forms/Button";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import {
  applyProblemToForm,
  type FieldTarget,
  summaryErrors,
} from "@/components/forms/form-errors";
import { Textarea } from "@/components/forms/Textarea";
import { useExcludeHousehold } from "@/features/matching/api/matches";

const schema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, "Enter why this household must not be proposed")
    .max(200, "The reason must be 200 characters or fewer"),
});
type Values = z.input<typeof schema>;

interface ExcludeHouseholdProps {
  childId: string;
  childName: string;
  householdId: string;
  householdName: string;
  onExcluded: (householdName: string) => void;
}

/**
 * "Exclude for this child": a household that must never be proposed for the child (a known
 * connection, a past breakdown), with the reason. It asks for the reason first.
 */
export function ExcludeHousehold({
  childId,
  childName,
  householdId,
  householdName,
  onExcluded,
}: ExcludeHouseholdProps) {
  const [open, setOpen] = useState(false);
  const exclude = useExcludeHousehold(childId);
  const [focusKey, setFocusKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const fieldId = `exclude-reason-${householdId}`;
  const fields: readonly FieldTarget<Values>[] = [{ name: "reason", fieldId }];
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { reason: "" },
  });
  const { errors } = formState;

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button
        type="button"
        className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
        onClick={() => {
          setOpen(true);
        }}
      >
        Exclude for this child<span className="govuk-visually-hidden">: {householdName}</span>
      </button>
    );
  }

  const failed = () => {
    setFocusKey((key) => key + 1);
  };
  const onSubmit = handleSubmit((values) => {
    setOtherErrors([]);
    exclude.mutate(
      { household_id: householdId, reason: values.reason.trim() },
      {
        onSuccess: () => {
          onExcluded(householdName);
        },
        onError: (error) => {
          setOtherErrors(applyProblemToForm(error, fields, setError));
          failed();
        },
      },
    );
  }, failed);

  return (
    <section className="app-confirm" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId} ref={heading} tabIndex={-1}>
        Exclude {householdName} for {childName}?
      </h3>
      <p className="govuk-body">
        They will not be proposed for {childName} again until the exclusion is lifted.
      </p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary errors={summaryErrors(errors, fields, otherErrors)} focusKey={focusKey} />
        <Textarea
          id={fieldId}
          label="Reason"
          hint="For example, a known connection to the child’s family"
          rows={2}
          maxLength={200}
          error={errors.reason?.message}
          {...register("reason")}
        />
        <div className="govuk-button-group">
          <Button type="submit" variant="warning" pending={exclude.isPending}>
            Exclude household
          </Button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              setOpen(false);
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
